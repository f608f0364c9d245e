package dev.tandem.model.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.tandem.contracts.Classification;
import dev.tandem.model.MessageModel;
import dev.tandem.model.ModelArtifact;
import dev.tandem.model.training.Corpus;
import dev.tandem.model.training.Example;
import dev.tandem.model.training.Train;

/**
 * The model's report card: {@code Evaluate <data dir> <report dir>} prints it and writes
 * {@code report.md} with a reliability diagram and a coverage–precision curve. Only data the
 * model never learned from: Bitext's test split, Tandem's held-out messages, CLINC150's test
 * splits. Nothing here feeds back into training.
 */
public final class Evaluate {

    private static final int BINS = 10;

    /** A message with what it is, and what the model said. */
    record Scored(Example truth, Classification said) {

        boolean right() {
            return said.intent().equals(truth.intent());
        }
    }

    public static void main(String[] args) throws IOException {
        MessageModel model = ModelArtifact.load();
        Corpus data = new Corpus(Path.of(args[0]));
        Path output = Files.createDirectories(Path.of(args[1]));

        Map<String, List<Scored>> sets = new LinkedHashMap<>();
        sets.put("Bitext test (en, templated)", score(model, data.bitext("test")));
        List<Scored> firstEn = score(model, data.tandem("heldout/heldout-en.csv", "en"));
        List<Scored> firstFr = score(model, data.tandem("heldout/heldout-fr.csv", "fr"));
        List<Scored> secondEn = score(model, data.tandem("heldout/heldout2-en.csv", "en"));
        List<Scored> secondFr = score(model, data.tandem("heldout/heldout2-fr.csv", "fr"));
        sets.put("Held-out 1, English (natural)", firstEn);
        sets.put("Held-out 1, French (natural)", firstFr);
        sets.put("Held-out 2, English (natural)", secondEn);
        sets.put("Held-out 2, French (natural)", secondFr);
        sets.put("CLINC150 test, not customer service", score(model, data.clinc("test", Integer.MAX_VALUE)));
        sets.put("CLINC150 oos_test", score(model, data.clincOutOfScope("oos_test")));
        // Taken before the rows of both held-out sets together are added, which repeat these messages.
        List<Scored> outOfScope = sets.values().stream().flatMap(List::stream)
                .filter(s -> s.truth().intent().equals(MessageModel.OUT_OF_SCOPE)).toList();
        // Both held-out sets together: the bars are judged on these (set 2 was written later, apart,
        // so that the figures rest on twice as many messages).
        List<Scored> heldOutEn = concat(firstEn, secondEn), heldOutFr = concat(firstFr, secondFr);
        sets.put("Held-out 1 + 2, English", heldOutEn);
        sets.put("Held-out 1 + 2, French", heldOutFr);
        List<Scored> natural = concat(heldOutEn, heldOutFr);
        List<Scored> inScope = concat(sets.get("Bitext test (en, templated)"), natural);

        StringBuilder report = new StringBuilder();
        report.append("# Classifier report — ").append(model.version()).append("\n\n")
                .append(String.format(Locale.ROOT, "Target precision of automated answers: %.2f. Every figure is on data the model never learned from.%n%n",
                        model.targetPrecision()));

        report.append("## Intents\n\n| data | messages | accuracy | macro-F1 | ECE | automated | precision of automated |\n|---|---|---|---|---|---|---|\n");
        sets.forEach((name, scored) -> {
            List<Scored> automated = automated(model, scored);
            report.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.1f %% | %s |%n", name,
                    scored.size(), accuracy(scored), macroF1(scored), ece(scored),
                    100.0 * automated.size() / scored.size(),
                    automated.isEmpty() ? "—" : String.format(Locale.ROOT, "%.3f", accuracy(automated))));
        });
        report.append("\nOn CLINC150, accuracy is the share rejected as `out_of_scope`.\n\n");

        long automatedOutOfScope = automated(model, outOfScope).size();
        report.append(String.format(Locale.ROOT,
                "**Out of scope automated:** %d of %d out-of-scope messages got a confidence above their would-be intent's automation threshold.%n%n",
                automatedOutOfScope, outOfScope.size()));

        double inScopeEce = ece(inScope);
        Files.writeString(output.resolve("reliability.svg"), Charts.reliability(bins(inScope),
                String.format(Locale.ROOT, "Reliability, in-scope test data (ECE %.3f)", inScopeEce)));
        Files.writeString(output.resolve("coverage-precision.svg"), Charts.coveragePrecision(curve(natural),
                model.targetPrecision(), "Coverage and precision, held-out (natural) messages"));
        report.append(String.format(Locale.ROOT, "## Calibration%n%nExpected calibration error over the in-scope test data: **%.3f** (%d bins).%n%n",
                inScopeEce, BINS))
                .append("![Reliability diagram](reliability.svg)\n\n")
                .append("## Coverage and precision\n\nAnswering only the messages whose confidence is above a threshold, on the held-out messages; the red line is the target precision.\n\n")
                .append("![Coverage–precision curve](coverage-precision.svg)\n\n");

        report.append("## Risk flags (held-out messages, both languages)\n\nRecall (flagged of those with the flag) and precision.\n\n"
                + "| flag | held-out 1 | held-out 2 | held-out 1 + 2 |\n|---|---|---|---|\n");
        List<Scored> first = concat(firstEn, firstFr), second = concat(secondEn, secondFr);
        for (String flag : Train.FLAGS) {
            report.append("| ").append(flag).append(" | ").append(flagFigures(first, flag)).append(" | ")
                    .append(flagFigures(second, flag)).append(" | ").append(flagFigures(natural, flag)).append(" |\n");
        }

        report.append(String.format(Locale.ROOT, "%n## Language and sentiment (held-out)%n%n| | accuracy |%n|---|---|%n| language | %.3f |%n| sentiment | %.3f |%n%n",
                natural.stream().filter(s -> s.said().language().equals(s.truth().language())).count() / (double) natural.size(),
                natural.stream().filter(s -> s.said().sentiment().label().equals(s.truth().sentiment())).count() / (double) natural.size()));

        report.append("## Automation thresholds\n\nPer intent, from the out-of-fold predictions at training (never test data); an intent without one is never automated. Automated and precision: on the held-out messages.\n\n| intent | threshold | automated | precision |\n|---|---|---|---|\n");
        model.automationThresholds().forEach((intent, threshold) -> {
            List<Scored> automated = automated(model, natural).stream().filter(s -> s.said().intent().equals(intent)).toList();
            report.append(String.format(Locale.ROOT, "| %s | %.3f | %d | %s |%n", intent, threshold, automated.size(),
                    automated.isEmpty() ? "—" : String.format(Locale.ROOT, "%.3f", accuracy(automated))));
        });

        Files.writeString(output.resolve("report.md"), report);
        System.out.println(report);
        System.out.println("Written to " + output.resolve("report.md"));
    }

    private static List<Scored> concat(List<Scored> first, List<Scored> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    /** "recall (caught/with the flag), precision" of one flag on a set of messages. */
    private static String flagFigures(List<Scored> scored, String flag) {
        long truePositives = scored.stream().filter(s -> s.truth().flags().contains(flag) && s.said().hasFlag(flag)).count();
        long raised = scored.stream().filter(s -> s.said().hasFlag(flag)).count();
        long actual = scored.stream().filter(s -> s.truth().flags().contains(flag)).count();
        return String.format(Locale.ROOT, "%.3f (%d/%d), %.2f", actual == 0 ? 0 : (double) truePositives / actual,
                truePositives, actual, raised == 0 ? 0 : (double) truePositives / raised);
    }

    private static List<Scored> score(MessageModel model, List<Example> examples) {
        return examples.stream().map(e -> new Scored(e, model.classify(e.text()))).toList();
    }

    /** What the policy would let the assistant answer: an intent with a threshold, reached. */
    private static List<Scored> automated(MessageModel model, List<Scored> scored) {
        return scored.stream().filter(s -> {
            Double threshold = model.automationThresholds().get(s.said().intent());
            return threshold != null && s.said().confidence() >= threshold;
        }).toList();
    }

    private static double accuracy(List<Scored> scored) {
        return scored.stream().filter(Scored::right).count() / (double) scored.size();
    }

    /** The mean F1 over the intents the data holds. */
    private static double macroF1(List<Scored> scored) {
        Set<String> labels = new HashSet<>();
        scored.forEach(s -> labels.add(s.truth().intent()));
        return labels.stream().mapToDouble(label -> {
            long truePositives = scored.stream().filter(s -> s.right() && s.truth().intent().equals(label)).count();
            long predicted = scored.stream().filter(s -> s.said().intent().equals(label)).count();
            long actual = scored.stream().filter(s -> s.truth().intent().equals(label)).count();
            return truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + actual);
        }).average().orElse(0);
    }

    private static List<Charts.Bin> bins(List<Scored> scored) {
        List<Charts.Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            double low = (double) b / BINS;
            double high = (double) (b + 1) / BINS;
            boolean last = b == BINS - 1;
            List<Scored> in = scored.stream().filter(s -> s.said().confidence() >= low
                    && (s.said().confidence() < high || last)).toList();
            bins.add(in.isEmpty() ? new Charts.Bin(0, 0, 0) : new Charts.Bin(
                    in.stream().mapToDouble(s -> s.said().confidence()).average().orElse(0), accuracy(in), in.size()));
        }
        return bins;
    }

    /** Expected calibration error: the gap between confidence and accuracy, weighted by bin size. */
    static double ece(List<Scored> scored) {
        return bins(scored).stream().mapToDouble(b -> b.count() * Math.abs(b.confidence() - b.accuracy())).sum()
                / scored.size();
    }

    private static List<Charts.Point> curve(List<Scored> scored) {
        List<Charts.Point> points = new ArrayList<>();
        for (int step = 0; step <= 100; step++) {
            double threshold = step / 100.0;
            List<Scored> answered = scored.stream().filter(s -> s.said().confidence() >= threshold).toList();
            if (!answered.isEmpty()) {
                points.add(new Charts.Point(answered.size() / (double) scored.size(), accuracy(answered)));
            }
        }
        return points;
    }

    private Evaluate() {
    }
}
