package vn.thidua.commendation.internal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The achievement report templates (báo cáo thành tích) as .docx, for an individual and for a collective, with
 * the headings of the forms annexed to the commendation decree; the unit fills them in and uploads them as
 * the "Báo cáo thành tích" part of the dossier.
 */
final class ReportTemplates {

    enum Kind { PERSON, UNIT }

    private ReportTemplates() {
    }

    static void write(Kind kind, OutputStream out) throws IOException {
        ResourceBundle text = ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages", Locale.forLanguageTag("vi"),
                ReportTemplates.class.getClassLoader());
        String prefix = "template." + kind.name().toLowerCase(Locale.ROOT) + ".";
        try (XWPFDocument document = new XWPFDocument()) {
            line(document, text.getString("decision.nation"), true, ParagraphAlignment.CENTER, 13);
            line(document, text.getString("decision.motto"), true, ParagraphAlignment.CENTER, 13);
            line(document, "", false, ParagraphAlignment.CENTER, 13);
            line(document, text.getString(prefix + "title"), true, ParagraphAlignment.CENTER, 14);
            line(document, text.getString("template.proposed"), false, ParagraphAlignment.CENTER, 13);
            for (String section : List.of(text.getString(prefix + "sections").split("\\|"))) {
                line(document, section, section.matches("^[IVX]+\\..*"), ParagraphAlignment.LEFT, 13);
                if (!section.matches("^[IVX]+\\..*")) {
                    line(document, "……………………………………………………………………………………", false, ParagraphAlignment.LEFT, 13);
                }
            }
            line(document, "", false, ParagraphAlignment.RIGHT, 13);
            line(document, text.getString(prefix + "signature"), true, ParagraphAlignment.RIGHT, 13);
            line(document, text.getString("template.signHint"), false, ParagraphAlignment.RIGHT, 12);
            document.write(out);
        }
    }

    private static void line(XWPFDocument document, String content, boolean bold, ParagraphAlignment alignment, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(content);
    }
}
