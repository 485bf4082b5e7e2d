package vn.thidua.commendation.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryPdfTest {

    @Test
    void printsVietnameseWithTheFontEmbedded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryPdf.write(out, "Lịch sử khen thưởng", "Cá nhân GV_01",
                List.of("Ngày quyết định", "Danh hiệu, hình thức", "Tình trạng"),
                List.of(List.of("12/01/2024", "Lao động tiên tiến (danh hiệu)", ""),
                        List.of("12/01/2024", "Giấy khen (hình thức)", "Đã hủy bỏ: 30/QĐ-TH — Trùng thành tích")),
                List.of(false, true));

        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Lịch sử khen thưởng").contains("Lao động tiên tiến").contains("Đã hủy bỏ");
        assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("DejaVuSans");
        reader.close();
    }
}
