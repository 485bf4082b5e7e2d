package vn.thidua.commendation.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.BallotInput;
import vn.thidua.commendation.BallotResult;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;

class SubmissionPdfTest {

    private static Nominations.NomineeDetails nominee(long id, String name, boolean passed) {
        Nominations.BallotDetails ballot = new Nominations.BallotDetails(new BallotInput(10, 10, 0, 10, 10, passed ? 9 : 8, null),
                new BallotResult(true, passed, BigDecimal.TEN, "2/3", "9/10", ""), "tk", OffsetDateTime.now());
        return new Nominations.NomineeDetails(id, RecipientType.PERSON, "CB" + id, name, "CSTD_TQ", "Chiến sĩ thi đua toàn quốc",
                false, null, true, "ELIGIBLE", "ND152_2025", "", null, null, "PASS", null, ballot, null, List.of(), List.of(), false, null, null);
    }

    @Test
    void proposesToTheCentralLevelOnlyWhomTheCouncilPassed() throws Exception {
        Nominations.BatchDetails batch = new Nominations.BatchDetails(new Nominations.BatchSummary(9, "CSTĐ toàn quốc 2025",
                "SGD", 2025, CommendationType.THUONG_XUYEN, null, AwardLevel.STATE, NominationState.SENT_TO_CENTRAL,
                OffsetDateTime.now(), "cv", 5, null), "Sở Giáo dục và Đào tạo", List.of(nominee(1, "Điêu Chính Tới", true),
                nominee(2, "Lò Văn Páo", false)), List.of(), List.of(), null, List.of(), false, false, false, false, false,
                List.of(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubmissionPdf.write(out, batch, "Sơn La", "Ủy ban nhân dân Tỉnh Sơn La");
        PdfReader reader = new PdfReader(out.toByteArray());
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("TỜ TRÌNH").contains("Kính gửi: Thủ tướng Chính phủ")
                .contains("Chiến sĩ thi đua toàn quốc cho 1").contains("tập thể có thành tích năm 2025");
        String annex = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(annex).contains("Điêu Chính Tới").doesNotContain("Lò Văn Páo");
    }
}
