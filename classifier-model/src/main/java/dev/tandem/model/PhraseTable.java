package dev.tandem.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of the flag rules: one {@code label<TAB>phrase} per line, {@code #} comments and blank
 * lines ignored. Labels keep the order of the file, so results listed by label are stable.
 */
final class PhraseTable {

    /** The phrases of each label, from a classpath resource. */
    static Map<String, List<Phrase>> load(String resource) {
        try (InputStream in = PhraseTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing rules file " + resource);
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Phrase>> parse(String resource, BufferedReader reader) throws IOException {
        Map<String, List<Phrase>> table = new LinkedHashMap<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + number + ": expected label<TAB>phrase");
            }
            table.computeIfAbsent(columns[0].trim(), label -> new ArrayList<>()).add(Phrase.parse(columns[1]));
        }
        table.replaceAll((label, phrases) -> List.copyOf(phrases));
        return table;
    }

    private PhraseTable() {
    }
}
