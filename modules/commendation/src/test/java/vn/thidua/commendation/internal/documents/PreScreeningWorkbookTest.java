package vn.thidua.commendation.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.commendation.PreScreening;
import vn.thidua.commendation.RecipientType;

class PreScreeningWorkbookTest {

    @Test
    void writesTheSummaryAndEachCandidateWithItsEvidenceOnTheSheetOfItsKind() throws Exception {
        Map<String, Integer> qualified = new LinkedHashMap<>();
        qualified.put("LDTT", 2);
        qualified.put("TTLDTT", 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PreScreeningWorkbook workbook = new PreScreeningWorkbook(Locale.forLanguageTag("vi"),
                Map.of("LDTT", "Lao động tiên tiến", "TTLDTT", "Tập thể lao động tiên tiến"))) {
            workbook.accept(new PreScreening.Candidate(RecipientType.PERSON, "CB1", "Lò Văn Páo", "X1", "Xã Chiềng Cơi",
                    "LDTT", List.of("Xếp loại 2024: HTTNV", "Không bị kỷ luật năm 2024")));
            workbook.accept(new PreScreening.Candidate(RecipientType.UNIT, "X1", "Xã Chiềng Cơi", "X1", "Xã Chiềng Cơi",
                    "TTLDTT", List.of("70% thành viên đạt LĐTT")));
            workbook.accept(new PreScreening.Candidate(RecipientType.PERSON, "CB2", "Cầm Thị Hoa", "X1", "Xã Chiềng Cơi",
                    "LDTT", List.of("Xếp loại 2024: HTXSNV")));
            workbook.write(new PreScreening.Summary("SON_LA", "Tỉnh Sơn La", 2024, "ND152_2025", 2, 1, qualified), out);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            DataFormatter f = new DataFormatter();
            assertThat(read.getSheetName(0)).isEqualTo("TongHop");
            Sheet people = read.getSheet("CaNhan");
            assertThat(people.getLastRowNum()).isEqualTo(2);
            assertThat(f.formatCellValue(people.getRow(1).getCell(1))).isEqualTo("Lò Văn Páo");
            assertThat(f.formatCellValue(people.getRow(1).getCell(4))).isEqualTo("Lao động tiên tiến");
            assertThat(people.getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("Xếp loại 2024: HTTNV\nKhông bị kỷ luật năm 2024");
            Sheet units = read.getSheet("TapThe");
            assertThat(f.formatCellValue(units.getRow(1).getCell(0))).isEqualTo("X1");
            Sheet summary = read.getSheet("TongHop");
            StringBuilder text = new StringBuilder();
            summary.forEach(row -> row.forEach(cell -> text.append(f.formatCellValue(cell)).append('|')));
            assertThat(text).contains("Tỉnh Sơn La (SON_LA)|").contains("ND152_2025|")
                    .contains("Lao động tiên tiến|2|").contains("Tập thể lao động tiên tiến|1|");
        }
    }
}
