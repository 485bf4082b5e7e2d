package vn.thidua.commendation.internal.web;

import vn.thidua.platform.files.FileTypes;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportTemplatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PERSON, BÁO CÁO THÀNH TÍCH CỦA CÁ NHÂN, NGƯỜI BÁO CÁO THÀNH TÍCH",
        "UNIT, BÁO CÁO THÀNH TÍCH CỦA TẬP THỂ, THỦ TRƯỞNG ĐƠN VỊ"})
    void theTemplateIsADocumentTheDossierAccepts(ReportTemplates.Kind kind, String title, String signature)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportTemplates.write(kind, out);
        assertThat(FileTypes.sniff(out.toByteArray())).contains(FileTypes.Type.DOCX);
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(out.toByteArray())))) {
            assertThat(extractor.getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains(title)
                    .contains("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN").contains(signature);
        }
    }
}
