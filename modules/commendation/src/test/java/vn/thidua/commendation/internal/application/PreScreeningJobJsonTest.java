package vn.thidua.commendation.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.RecipientType;

/** What a job keeps in the database reads back as it was written, in the order of the reports. */
class PreScreeningJobJsonTest {

    @Test
    void countsAndPreviewReadBackUnchanged() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("LDTT", 12);
        counts.put("CSTDCS", 0);
        counts.put("TTLDTT", 3);
        assertThat(DefaultPreScreeningJobs.counts(DefaultPreScreeningJobs.countsJson(counts)))
                .containsExactlyEntriesOf(counts);

        List<PreScreening.Candidate> preview = List.of(
                new PreScreening.Candidate(RecipientType.PERSON, "P1", "Lò Văn \"Ánh\" <b>", "U1", "Trường \\ THCS",
                        "LDTT", List.of("Xếp loại 2024: HTTNV", "Không bị kỷ luật\nnăm 2024")),
                new PreScreening.Candidate(RecipientType.UNIT, "U1", "Trường", "U1", "Trường", "TTLDTT", List.of()));
        assertThat(DefaultPreScreeningJobs.preview(DefaultPreScreeningJobs.previewJson(preview))).isEqualTo(preview);
        assertThat(DefaultPreScreeningJobs.preview(null)).isEmpty();
        assertThat(DefaultPreScreeningJobs.counts(null)).isNull();
    }
}
