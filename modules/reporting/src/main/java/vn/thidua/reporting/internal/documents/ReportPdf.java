package vn.thidua.reporting.internal.documents;

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
import java.time.LocalDate;
import vn.thidua.reporting.Report;
import vn.thidua.reporting.internal.domain.StatutoryForms;
import vn.thidua.platform.ProvinceClock;

/** A statutory report as a landscape A4 PDF in the form's layout, with a Vietnamese font embedded. */
public final class ReportPdf {

    /** The font the commendation module ships (DejaVu Sans covers Vietnamese). */
    private static final String FONT = "/vn/thidua/commendation/fonts/DejaVuSans.ttf";

    private ReportPdf() {
    }

    public static void write(Report report, OutputStream out) {
        BaseFont base = font();
        Font small = new Font(base, 8);
        Font smallBold = new Font(base, 8, Font.BOLD);
        Font titleFont = new Font(base, 12, Font.BOLD);
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable head = new PdfPTable(2);
            head.setWidthPercentage(100);
            head.addCell(plain(StatutoryForms.label("number." + report.form()) + "\nBan hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023"
                    + "\nNgày nhận báo cáo: ngày 15 tháng 12 năm báo cáo", smallBold, Element.ALIGN_LEFT));
            head.addCell(plain("Đơn vị báo cáo: " + report.scopeName() + "\nĐơn vị nhận báo cáo: Bộ Nội vụ", small,
                    Element.ALIGN_RIGHT));
            document.add(head);
            Paragraph title = new Paragraph(StatutoryForms.label("title." + report.form()), titleFont);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(8);
            document.add(title);
            Paragraph period = new Paragraph("Năm " + report.year() + " (từ ngày " + report.period().replace(" – ", " đến ngày ")
                    + ")", small);
            period.setAlignment(Element.ALIGN_CENTER);
            period.setSpacingAfter(8);
            document.add(period);

            int n = 3 + report.columns().size();
            float[] widths = new float[n];
            widths[0] = 9;
            widths[1] = 1.4f;
            widths[2] = 2f;
            for (int i = 3; i < n; i++) {
                widths[i] = 2.4f;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(3);
            Color grey = new Color(0xEE, 0xEE, 0xEE);
            for (String fixed : new String[] {"", "Mã số", "Đơn vị tính"}) {
                PdfPCell cell = header(fixed, smallBold, grey);
                cell.setRowspan(2);
                table.addCell(cell);
            }
            // The group row: ungrouped columns span two rows, groups span their columns.
            var columns = report.columns();
            for (int i = 0; i < columns.size(); ) {
                Report.Column column = columns.get(i);
                if (column.group() == null) {
                    PdfPCell cell = header(column.label(), smallBold, grey);
                    cell.setRowspan(2);
                    table.addCell(cell);
                    i++;
                    continue;
                }
                int span = 0;
                while (i + span < columns.size() && column.group().equals(columns.get(i + span).group())) {
                    span++;
                }
                PdfPCell cell = header(column.group(), smallBold, grey);
                cell.setColspan(span);
                table.addCell(cell);
                i += span;
            }
            for (Report.Column column : columns) {
                if (column.group() != null) {
                    table.addCell(header(column.label(), small, grey));
                }
            }
            for (int i = 0; i < n; i++) {
                table.addCell(header(i < 3 ? String.valueOf((char) ('A' + i)) : Integer.toString(i - 2), smallBold, grey));
            }
            for (Report.Row row : report.rows()) {
                boolean strong = row.section() || "total".equals(row.key());
                table.addCell(new PdfPCell(new Phrase(row.label(), strong ? smallBold : small)));
                table.addCell(centre(row.code(), small));
                table.addCell(centre(row.unit(), small));
                for (Report.Column column : columns) {
                    table.addCell(centre(row.section() ? "" : Long.toString(row.cell(column.key())), strong ? smallBold : small));
                }
            }
            document.add(table);
            LocalDate today = ProvinceClock.today();
            PdfPTable signature = new PdfPTable(2);
            signature.setWidthPercentage(100);
            signature.setSpacingBefore(14);
            signature.addCell(plain("\nNGƯỜI LẬP BIỂU\n(Ký, ghi rõ họ tên)", smallBold, Element.ALIGN_CENTER));
            signature.addCell(plain("Ngày " + today.getDayOfMonth() + " tháng " + today.getMonthValue() + " năm "
                    + today.getYear() + "\nTHỦ TRƯỞNG ĐƠN VỊ\n(Ký, ghi rõ họ tên, đóng dấu)", smallBold, Element.ALIGN_CENTER));
            document.add(signature);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF", e);
        } finally {
            document.close();
        }
    }

    private static PdfPCell plain(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static PdfPCell header(String text, Font font, Color background) {
        PdfPCell cell = centre(text, font);
        cell.setBackgroundColor(background);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell centre(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static BaseFont font() {
        try (InputStream in = ReportPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FONT + " is missing");
            }
            return BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
