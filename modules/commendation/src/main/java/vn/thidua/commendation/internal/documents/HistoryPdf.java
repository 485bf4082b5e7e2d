package vn.thidua.commendation.internal.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A table as a landscape A4 PDF with the DejaVu Sans font embedded, so that Vietnamese prints everywhere. */
public final class HistoryPdf {

    private static final String FONT = "/vn/thidua/commendation/fonts/DejaVuSans.ttf";

    private HistoryPdf() {
    }

    /** {@code inactive} marks the rows of revoked or superseded records, printed grey. */
    public static void write(OutputStream out, String title, String subtitle, List<String> headers, List<List<String>> rows,
                      List<Boolean> inactive) {
        BaseFont baseFont = font();
        Font titleFont = new Font(baseFont, 14, Font.BOLD);
        Font headerFont = new Font(baseFont, 9, Font.BOLD);
        Font cellFont = new Font(baseFont, 9);
        Font greyFont = new Font(baseFont, 9, Font.NORMAL, Color.GRAY);
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            Paragraph heading = new Paragraph(title, titleFont);
            heading.setAlignment(Element.ALIGN_CENTER);
            document.add(heading);
            Paragraph sub = new Paragraph(subtitle, cellFont);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(12);
            document.add(sub);
            PdfPTable table = new PdfPTable(headers.size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
                cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
                table.addCell(cell);
            }
            for (int r = 0; r < rows.size(); r++) {
                Font font = inactive.get(r) ? greyFont : cellFont;
                for (String value : rows.get(r)) {
                    table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, font)));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }

    static BaseFont font() {
        try (InputStream in = HistoryPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FONT + " is missing from the module");
            }
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
