package vn.thidua.reporting.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.campaigns.MovementKind;
import vn.thidua.campaigns.MovementLevel;
import vn.thidua.campaigns.MovementScope;
import vn.thidua.campaigns.MovementState;
import vn.thidua.campaigns.Movements;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.internal.domain.StatutoryForms;

/** The PDF of a form, read back: the Vietnamese title, the header block and the figures are text in the file. */
class ReportPdfTest {

    @Test
    void printsTheFormWithItsVietnameseText() throws Exception {
        Report report = StatutoryForms.movementReport(2025, "SON_LA", "Tỉnh Sơn La", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), List.of(new Movements.MovementSummary(1, "PT", "Thi đua", MovementKind.THEMATIC,
                        MovementLevel.PROVINCE, MovementScope.CLUSTER, "SON_LA", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31), MovementState.LAUNCHED, 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportPdf.write(report, out);

        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("SỐ PHONG TRÀO THI ĐUA").contains("Đơn vị báo cáo: Tỉnh Sơn La")
                .contains("0601.N/BNV-TĐKT").contains("Số phong trào thi đua chia theo cấp chủ trì phát động thi đua").contains("THỦ TRƯỞNG ĐƠN VỊ");
        reader.close();
    }
}
