package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrainFoldsTest {

    @Test
    void aCarriedOverMessageIsJudgedInTheFoldOfItsSource() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            examples.add(new Example("where is parcel " + i, "track_order", Set.of(), "neutral", "en", "tandem-en"));
        }
        for (int i = 0; i < 200; i++) {
            examples.add(new Example("où est le colis " + i, "track_order", Set.of(), "neutral", "fr", "tandem-fr",
                    "where is parcel " + i));
        }

        int[] fold = Train.folds(examples);

        for (int i = 0; i < 200; i++) {
            assertThat(fold[200 + i]).as("fold of message %d's French carry-over", i).isEqualTo(fold[i]);
        }
        assertThat(Arrays.stream(fold, 0, 200).distinct().sorted().toArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aMessageWhoseSourceIsNotInTheDataKeepsARandomFold() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new Example("où est le colis " + i, "track_order", Set.of(), "neutral", "fr", "tandem-fr",
                    "a message that was dropped " + i));
        }

        assertThat(Arrays.stream(Train.folds(examples)).distinct().count()).isEqualTo(Train.FOLDS);
    }
}
