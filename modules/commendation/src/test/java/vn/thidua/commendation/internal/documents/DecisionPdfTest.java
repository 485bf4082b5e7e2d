package vn.thidua.commendation.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationState;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;

class DecisionPdfTest {

    private static Nominations.NomineeDetails nominee(long id, String name, Long record) {
        return new Nominations.NomineeDetails(id, RecipientType.PERSON, "GV" + id, name, "LDTT", "Lao động tiên tiến", false,
                null, true, "ELIGIBLE", "ND152_2025", "", null, null, "PASS", null, null, record, List.of(), List.of(), false, null, null);
    }

    @Test
    void writesTheDecisionInTheAdministrativeLayoutWithTheAwardeesAnnexed() throws Exception {
        Nominations.BatchDetails batch = new Nominations.BatchDetails(new Nominations.BatchSummary(7, "Lao động tiên tiến năm học"
                + " 2024-2025", "TH_TO_HIEU", 2025, CommendationType.THUONG_XUYEN, null, AwardLevel.UNIT,
                NominationState.DECIDED, OffsetDateTime.now(), "officer", 3, null), "Trường Tiểu học Tô Hiệu",
                List.of(nominee(1, "Hoàng Thị Thanh Nhàn", 11L), nominee(2, "Lò Văn Páo", null),
                        nominee(3, "Cầm Thị Ánh", 12L)), List.of(), List.of(),
                new Nominations.DecisionDetails("Trường Tiểu học Tô Hiệu", "15/QĐ-TH", LocalDate.of(2026, 6, 3),
                        "Nguyễn Văn Hùng", "leader", OffsetDateTime.now(), null, null), List.of(), false, false, false, false, false,
                List.of(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DecisionPdf.write(out, batch, "Sơn La");
        Path file = Path.of("target/decision-example.pdf");
        Files.write(file, out.toByteArray());
        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(2);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Số: 15/QĐ-TH").contains("Sơn La, ngày 03 tháng 06 năm 2026").contains("QUYẾT ĐỊNH")
                .contains("Tặng Lao động tiên tiến cho 2 cá nhân có tên").contains("THỦ TRƯỞNG ĐƠN VỊ")
                .contains("Nguyễn Văn Hùng").doesNotContain("NGƯỜI KÝ").doesNotContain("DỰ THẢO");
        String annex = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(annex).contains("Hoàng Thị Thanh Nhàn").contains("Cầm Thị Ánh").doesNotContain("Lò Văn Páo")
                .contains("Kèm theo Quyết định số 15/QĐ-TH ngày 03/06/2026");
    }

    private static Nominations.NomineeDetails award(RecipientType type, String code, String awardCode, String awardName) {
        return new Nominations.NomineeDetails(code.hashCode(), type, code, code, awardCode, awardName, false, null, true,
                "ELIGIBLE", "ND152_2025", "", null, null, "PASS", null, null, 1L, List.of(), List.of(), false, null, null);
    }

    @Test
    void countsPeopleAndCollectivesOnceAndTheirAwardsApart() {
        var text = java.util.ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages",
                java.util.Locale.forLanguageTag("vi"));
        // Three people with four awards (one holds two) and a school: not "5 cá nhân, tập thể".
        List<Nominations.NomineeDetails> awarded = List.of(award(RecipientType.PERSON, "A", "LDTT", "Lao động tiên tiến"),
                award(RecipientType.PERSON, "A", "CSTDCS", "Chiến sĩ thi đua cơ sở"),
                award(RecipientType.PERSON, "B", "LDTT", "Lao động tiên tiến"),
                award(RecipientType.PERSON, "C", "LDTT", "Lao động tiên tiến"),
                award(RecipientType.UNIT, "TH", "TTLDTT", "Tập thể lao động tiên tiến"));
        assertThat(DecisionPdf.counted(text, awarded)).isEqualTo("3 cá nhân, 1 tập thể (5 lượt khen thưởng)");
        assertThat(DecisionPdf.counted(text, awarded.subList(2, 4))).isEqualTo("2 cá nhân");
        // Decisions signed before the position was recorded: the authority's usual signer.
        assertThat(DecisionPdf.signingLine(text, null, "Ủy ban nhân dân tỉnh Sơn La")).isEqualTo("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        assertThat(DecisionPdf.signingLine(text, null, "UBND xã Chiềng Mung")).isEqualTo("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH");
        assertThat(DecisionPdf.signingLine(text, null, "Trường Tiểu học Tô Hiệu")).isEqualTo("THỦ TRƯỞNG ĐƠN VỊ");
        assertThat(DecisionPdf.signingLine(text, vn.thidua.commendation.SignerPosition.VICE_CHAIR, null))
                .isEqualTo("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
        assertThat(DecisionPdf.signingLine(text, vn.thidua.commendation.SignerPosition.DEPUTY_HEAD, "Sở Y tế"))
                .isEqualTo("KT. THỦ TRƯỞNG ĐƠN VỊ\nPHÓ THỦ TRƯỞNG ĐƠN VỊ");
    }

    @Test
    void previewsTheDecisionAsADraftWithTheNomineesTheCouncilPassed() throws Exception {
        Nominations.BatchDetails batch = new Nominations.BatchDetails(new Nominations.BatchSummary(8, "Bằng khen năm 2025",
                "SON_LA", 2025, CommendationType.THUONG_XUYEN, null, AwardLevel.PROVINCE,
                NominationState.AWAITING_SIGNATURE, OffsetDateTime.now(), "officer", 3, null), "Sở Giáo dục và Đào tạo",
                List.of(nominee(1, "Hoàng Thị Thanh Nhàn", null)), List.of(), List.of(), null, List.of(), false, false,
                false, false, false, List.of(), null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DecisionPdf.preview(out, batch, "Sơn La", new Nominations.DecisionDetails("Ủy ban nhân dân tỉnh Sơn La", "…",
                LocalDate.of(2026, 3, 2), "Nguyễn Văn A", null, null, vn.thidua.commendation.SignerPosition.VICE_CHAIR,
                "Mộc Châu"));
        String first = new PdfTextExtractor(new PdfReader(out.toByteArray())).getTextFromPage(1);
        // No ballot was recorded: nobody would be awarded, and the draft says so by naming no one.
        assertThat(first).contains("DỰ THẢO").contains("TM. ỦY BAN NHÂN DÂN").contains("KT. CHỦ TỊCH")
                .contains("PHÓ CHỦ TỊCH").contains("Mộc Châu, ngày 02 tháng 03 năm 2026").contains("Nguyễn Văn A").doesNotContain("Hoàng Thị Thanh Nhàn");
    }
}
