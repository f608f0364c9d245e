package dev.tandem.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The trained model as one versioned file: {@value #RESOURCE} in this module's jar, with its
 * automation thresholds also beside it as JSON ({@value #THRESHOLDS}), for the escalation policy.
 */
public final class ModelArtifact {

    public static final String RESOURCE = "model/tandem-classifier.bin";
    /** File name, in the model's directory, of the per-intent automation thresholds. */
    public static final String THRESHOLDS = "automation-thresholds.json";
    private static final int FORMAT = 1;

    /** The model shipped in the jar. */
    public static MessageModel load() {
        try (InputStream in = ModelArtifact.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the classifier-model build trains it");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@code {"modelVersion": …, "targetPrecision": …, "intents": […], "thresholds": {intent:
     * confidence}}}: every intent the model tells, and the automation thresholds; an intent without a
     * threshold is never to be automated.
     */
    public static void writeThresholds(MessageModel model, Path target) throws IOException {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("modelVersion", model.version());
        file.put("targetPrecision", model.targetPrecision());
        file.put("intents", model.intents().labels());
        file.put("thresholds", model.automationThresholds());
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(target.toFile(), file);
    }

    public static void write(MessageModel model, OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target)))) {
            out.writeInt(FORMAT);
            out.writeUTF(model.version());
            model.intents().writeTo(out);
            out.writeDouble(model.intentTemperature());
            model.languages().writeTo(out);
            model.sentiments().writeTo(out);
            out.writeDouble(model.sentimentTemperature());
            out.writeInt(model.flagModels().size());
            for (Map.Entry<String, LinearModel> flag : model.flagModels().entrySet()) {
                out.writeUTF(flag.getKey());
                flag.getValue().writeTo(out);
                out.writeDouble(model.flagThresholds().get(flag.getKey()));
            }
            out.writeDouble(model.targetPrecision());
            writeMap(out, model.automationThresholds());
        }
    }

    public static MessageModel read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("Model format " + format + " is not " + FORMAT);
            }
            String version = in.readUTF();
            LinearModel intents = LinearModel.readFrom(in);
            double intentTemperature = in.readDouble();
            LinearModel languages = LinearModel.readFrom(in);
            LinearModel sentiments = LinearModel.readFrom(in);
            double sentimentTemperature = in.readDouble();
            int flagCount = in.readInt();
            Map<String, LinearModel> flagModels = new LinkedHashMap<>();
            Map<String, Double> flagThresholds = new LinkedHashMap<>();
            for (int i = 0; i < flagCount; i++) {
                String flag = in.readUTF();
                flagModels.put(flag, LinearModel.readFrom(in));
                flagThresholds.put(flag, in.readDouble());
            }
            double targetPrecision = in.readDouble();
            Map<String, Double> thresholds = readMap(in);
            return new MessageModel(version, intents, intentTemperature, languages, sentiments, sentimentTemperature,
                    flagModels, flagThresholds, targetPrecision, thresholds);
        }
    }

    private static void writeMap(DataOutputStream out, Map<String, Double> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Double> entry : map.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeDouble(entry.getValue());
        }
    }

    private static Map<String, Double> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(in.readUTF(), in.readDouble());
        }
        return map;
    }

    private ModelArtifact() {
    }
}
