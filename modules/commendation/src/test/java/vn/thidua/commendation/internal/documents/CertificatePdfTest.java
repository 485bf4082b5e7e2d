package vn.thidua.commendation.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.Nominations;

class CertificatePdfTest {

    private static final List<vn.thidua.commendation.Certificates.CertificateLine> LINES = List.of(
            new vn.thidua.commendation.Certificates.CertificateLine("Lường Thị Hoa", "Trường Tiểu học Chiềng Sinh", "Giấy khen", 2025,
                    "Trường Tiểu học Chiềng Sinh", "25/QĐ-TH", LocalDate.of(2026, 1, 15), "Quàng Văn Dũng", "00001/2026",
                    null),
            new vn.thidua.commendation.Certificates.CertificateLine("Cầm Văn Minh", "Trường Tiểu học Chiềng Sinh", "Giấy khen", 2025,
                    "Trường Tiểu học Chiềng Sinh", "25/QĐ-TH", LocalDate.of(2026, 1, 15), "Quàng Văn Dũng", "00002/2026",
                    null));

    private static String text(byte[] pdf, int page) throws Exception {
        return new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(page);
    }

    @Test
    void completeCertificatesHaveOnePagePerAwardeeWithTheRegisterNumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(out, LINES, null);
        Files.write(Path.of("target/certificate-example.pdf"), out.toByteArray());
        assertThat(new PdfReader(out.toByteArray()).getNumberOfPages()).isEqualTo(2);
        assertThat(text(out.toByteArray(), 1)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("GIẤY KHEN")
                .contains("Lường Thị Hoa").contains("Số sổ: 00001/2026").contains("Quyết định số 25/QĐ-TH ngày 15/01/2026");
        assertThat(text(out.toByteArray(), 2)).contains("Cầm Văn Minh").contains("00002/2026");
        assertThat(text(out.toByteArray(), 1)).contains("THỦ TRƯỞNG ĐƠN VỊ").doesNotContain("NGƯỜI KÝ");
    }

    @Test
    void aViceChairmanSignsForTheChairmanOnBehalfOfTheCommittee() throws Exception {
        vn.thidua.commendation.Certificates.CertificateLine line = new vn.thidua.commendation.Certificates.CertificateLine("Lường Thị Hoa", "Sở Y tế",
                "Bằng khen của Chủ tịch UBND tỉnh", 2025, "Ủy ban nhân dân tỉnh Sơn La", "215/QĐ-UBND",
                LocalDate.of(2026, 3, 20), "Đặng Ngọc Hậu", "00003/2026", vn.thidua.commendation.SignerPosition.VICE_CHAIR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(out, List.of(line), null);
        assertThat(text(out.toByteArray(), 1)).contains("TM. ỦY BAN NHÂN DÂN").contains("KT. CHỦ TỊCH")
                .contains("PHÓ CHỦ TỊCH").contains("Đặng Ngọc Hậu");
        assertThat(CertificatePdf.fileName(List.of(line), null))
                .isEqualTo("bang-khen-cua-chu-tich-ubnd-tinh_qd-215-qd-ubnd.pdf");
        assertThat(CertificatePdf.fileName(LINES, new vn.thidua.commendation.Certificates.LayoutDetails("PHOI_GIAY_KHEN", "Phôi", 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, List.of("GIAY_KHEN")))).isEqualTo("giay-khen_qd-25-qd-th_in-len-phoi.pdf");
    }

    @Test
    void aBlankServesOnlyTheAwardsPrintedOnIt() {
        vn.thidua.commendation.Certificates.LayoutDetails blank = new vn.thidua.commendation.Certificates.LayoutDetails("PHOI_GIAY_KHEN", "Phôi", 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, List.of("GIAY_KHEN"));
        assertThat(blank.serves(java.util.Set.of("GIAY_KHEN", "LDTT"))).isTrue();
        assertThat(blank.serves(java.util.Set.of("BANG_KHEN_TINH"))).isFalse();
        assertThat(blank.serves(java.util.Set.of())).isFalse();
    }

    @Test
    void onABlankOnlyTheVariableTextIsPrinted() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificatePdf.write(out, LINES.subList(0, 1), new vn.thidua.commendation.Certificates.LayoutDetails("PHOI_GIAY_KHEN", "Phôi Giấy khen", 60, 92,
                60, 105, 40, 118, 150, 155, 40, 182, 0, List.of("GIAY_KHEN")));
        String page = text(out.toByteArray(), 1);
        assertThat(page).contains("Lường Thị Hoa").contains("00001/2026").doesNotContain("CỘNG HÒA")
                .doesNotContain("GIẤY KHEN");
    }
}
