package vn.thidua.commendation.internal.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.thidua.commendation.Nominations;

/**
 * Certificates in batch, one A4 landscape page per awardee: either complete (border, national title, heading,
 * signature block) or only the variable text, placed where a pre-printed blank (phôi) expects it.
 */
public final class CertificatePdf {

    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificatePdf() {
    }

    /** {@code blank} null prints complete certificates. */
    public static void write(OutputStream out, List<vn.thidua.commendation.Certificates.CertificateLine> lines, vn.thidua.commendation.Certificates.LayoutDetails blank) {
        ResourceBundle text = ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages", Locale.forLanguageTag("vi"),
                CertificatePdf.class.getClassLoader());
        BaseFont base = HistoryPdf.font();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            for (vn.thidua.commendation.Certificates.CertificateLine line : lines) {
                document.newPage();
                PdfContentByte canvas = writer.getDirectContent();
                String reason = MessageFormat.format(text.getString("certificate.achievement"), Integer.toString(line.year()));
                String decision = MessageFormat.format(text.getString("certificate.decision"), line.decisionNumber(),
                        DAY.format(line.decisionDate()));
                String register = MessageFormat.format(text.getString("certificate.register"), line.registerNumber());
                if (blank == null) {
                    canvas.setColorStroke(new Color(0xB7, 0x1C, 0x1C));
                    canvas.setLineWidth(3);
                    canvas.rectangle(14 * MM, 14 * MM, page.getWidth() - 28 * MM, page.getHeight() - 28 * MM);
                    canvas.stroke();
                    float middle = page.getWidth() / 2;
                    centre(canvas, line.authority().toUpperCase(Locale.forLanguageTag("vi")), new Font(base, 13, Font.BOLD), 60 * MM, 180 * MM);
                    centre(canvas, text.getString("decision.nation"), new Font(base, 13, Font.BOLD), 200 * MM, 180 * MM);
                    centre(canvas, text.getString("decision.motto"), new Font(base, 13, Font.BOLD), 200 * MM, 173 * MM);
                    centre(canvas, text.getString("certificate.heading"), new Font(base, 20, Font.BOLD, new Color(0xB7, 0x1C, 0x1C)),
                            middle, 150 * MM);
                    centre(canvas, line.awardName().toUpperCase(Locale.forLanguageTag("vi")),
                            new Font(base, 30, Font.BOLD, new Color(0xB7, 0x1C, 0x1C)), middle, 133 * MM);
                    centre(canvas, line.recipientName(), new Font(base, 24, Font.BOLD), middle, 112 * MM);
                    centre(canvas, line.unitName(), new Font(base, 15), middle, 100 * MM);
                    centre(canvas, reason, new Font(base, 15, Font.ITALIC), middle, 88 * MM);
                    centre(canvas, decision, new Font(base, 12), 70 * MM, 50 * MM);
                    centre(canvas, register, new Font(base, 12), 70 * MM, 42 * MM);
                    String[] signing = DecisionPdf.signingLine(text, line.position(), line.authority()).split("\n");
                    for (int i = 0; i < signing.length; i++) {
                        centre(canvas, signing[i], new Font(base, 13, Font.BOLD), 220 * MM, (64 - 6 * i) * MM);
                    }
                    centre(canvas, line.signer(), new Font(base, 14, Font.BOLD), 220 * MM, 30 * MM);
                } else {
                    at(canvas, line.recipientName(), new Font(base, 22, Font.BOLD), blank.nameX(), blank.nameY(), page);
                    at(canvas, line.unitName(), new Font(base, 15), blank.unitX(), blank.unitY(), page);
                    at(canvas, reason, new Font(base, 15, Font.ITALIC), blank.reasonX(), blank.reasonY(), page);
                    at(canvas, decision, new Font(base, 12), blank.decisionX(), blank.decisionY(), page);
                    at(canvas, register, new Font(base, 12), blank.registerX(), blank.registerY(), page);
                }
            }
            if (lines.isEmpty()) {
                document.newPage();
                writer.setPageEmpty(false);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the certificates", e);
        } finally {
            document.close();
        }
    }

    /**
     * The file's name says what it holds: the awards and the decision, "bang-khen-cua-chu-tich-ubnd-tinh_215-qd-ubnd.pdf",
     * and whether it is printed on a blank.
     */
    public static String fileName(List<vn.thidua.commendation.Certificates.CertificateLine> lines, vn.thidua.commendation.Certificates.LayoutDetails blank) {
        String awards = lines.stream().map(vn.thidua.commendation.Certificates.CertificateLine::awardName).distinct()
                .map(CertificatePdf::slug).collect(java.util.stream.Collectors.joining("-va-"));
        String decision = lines.isEmpty() ? "" : "_qd-" + slug(lines.get(0).decisionNumber());
        return (awards.isEmpty() ? "giay-chung-nhan" : awards) + decision + (blank == null ? "" : "_in-len-phoi") + ".pdf";
    }

    private static String slug(String text) {
        return vn.thidua.platform.SearchText.normalise(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static void centre(PdfContentByte canvas, String content, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(content, font), x, y, 0);
    }

    /** Text whose left end is {@code x} mm from the left and whose baseline is {@code y} mm from the top. */
    private static void at(PdfContentByte canvas, String content, Font font, int x, int y, Rectangle page) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(content, font), x * MM,
                page.getHeight() - y * MM, 0);
    }
}
