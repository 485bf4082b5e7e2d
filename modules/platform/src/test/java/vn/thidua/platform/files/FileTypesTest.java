package vn.thidua.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypesTest {

    private static byte[] zip(String... names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void recognisesTheTypesByTheirContent() throws Exception {
        assertThat(FileTypes.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileTypes.Type.PDF);
        assertThat(FileTypes.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(FileTypes.Type.JPEG);
        assertThat(FileTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileTypes.Type.PNG);
        assertThat(FileTypes.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(FileTypes.Type.DOCX);
        assertThat(FileTypes.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileTypes.Type.XLSX);
    }

    @Test
    void refusesWhatIsNoneOfThem() throws Exception {
        assertThat(FileTypes.sniff("Tờ trình số 5".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypes.sniff(zip("virus.exe"))).isEmpty();
        assertThat(FileTypes.sniff(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @CsvSource({"to-trinh.pdf, PDF, true", "TO-TRINH.PDF, PDF, true", "anh.jpeg, JPEG, true", "anh.jpg, JPEG, true",
        "bao-cao.docx, DOCX, true", "bao-cao.pdf, DOCX, false", "bang.xlsx, PDF, false", "anh.png.exe, PNG, false"})
    void theNameMustAgreeWithTheContent(String name, FileTypes.Type type, boolean agrees) {
        assertThat(FileTypes.nameAgrees(name, type)).isEqualTo(agrees);
    }

    @org.junit.jupiter.api.Test
    void anUploadIsReadOneByteBeyondItsLimitAndNoFurther() {
        byte[] ten = new byte[10];
        assertThat(FileTypes.readUpTo(new java.io.ByteArrayInputStream(ten), 4)).hasSize(5);
        assertThat(FileTypes.readUpTo(new java.io.ByteArrayInputStream(ten), 10)).hasSize(10);
        assertThat(FileTypes.readUpTo(new java.io.ByteArrayInputStream(ten), 20)).hasSize(10);
    }
}
