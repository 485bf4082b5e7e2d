package vn.thidua.commendation.internal.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.internal.documents.DecisionPdf;
import vn.thidua.commendation.internal.documents.HistoryPdf;
import vn.thidua.platform.ProvinceClock;

/**
 * The province's submission (tờ trình) of a State-level proposal to the central level, in the same administrative
 * layout as the decisions, with the nominees who passed the council annexed.
 */
public final class SubmissionPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private SubmissionPdf() {
    }

    public static void write(OutputStream out, Nominations.BatchDetails batch, String place, String authority) {
        ResourceBundle text = ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages", VIETNAMESE,
                SubmissionPdf.class.getClassLoader());
        List<Nominations.NomineeDetails> proposed = batch.nominees().stream().filter(n -> !n.withdrawn()
                && "PASS".equals(n.appraisal()) && n.ballot() != null && n.ballot().result().passed()).toList();
        String awards = proposed.stream().map(Nominations.NomineeDetails::awardName).distinct().collect(Collectors.joining(", "));
        LocalDate today = ProvinceClock.today();
        BaseFont base = HistoryPdf.font();
        Font normal = new Font(base, 13);
        Font bold = new Font(base, 13, Font.BOLD);
        Font small = new Font(base, 11);
        Font smallBold = new Font(base, 12, Font.BOLD);
        Font italic = new Font(base, 13, Font.ITALIC);
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            PdfPTable header = new PdfPTable(new float[] {38, 62});
            header.setWidthPercentage(100);
            header.addCell(DecisionPdf.cell(authority.toUpperCase(VIETNAMESE) + "\n────────\n"
                    + text.getString("submission.number"), smallBold));
            header.addCell(DecisionPdf.cell(text.getString("decision.nation") + "\n" + text.getString("decision.motto")
                    + "\n───────────────", smallBold));
            header.addCell(DecisionPdf.cell("", small));
            header.addCell(DecisionPdf.cell(MessageFormat.format(text.getString("decision.placeDate"), place,
                    DecisionPdf.two(today.getDayOfMonth()), DecisionPdf.two(today.getMonthValue()),
                    Integer.toString(today.getYear())), italic));
            document.add(header);
            document.add(DecisionPdf.centered(text.getString("submission.title"), new Font(base, 14, Font.BOLD), 0));
            document.add(DecisionPdf.centered(MessageFormat.format(text.getString("submission.about"), awards), bold, 12));
            document.add(DecisionPdf.centered(text.getString("submission.to"), normal, 12));
            document.add(DecisionPdf.justified(MessageFormat.format(text.getString("submission.body"), batch.unitName(),
                    Integer.toString(batch.batch().year()), awards, Integer.toString(proposed.size())), normal));
            document.add(DecisionPdf.justified(text.getString("submission.closing"), normal));
            PdfPTable footer = new PdfPTable(new float[] {50, 50});
            footer.setWidthPercentage(100);
            footer.setSpacingBefore(16);
            footer.addCell(DecisionPdf.left(text.getString("submission.recipients"), small));
            // The province's committee submits to the State: its chairman signs on its behalf.
            footer.addCell(DecisionPdf.cell(DecisionPdf.signingLine(text, vn.thidua.commendation.SignerPosition.CHAIR,
                    null), bold));
            document.add(footer);
            document.newPage();
            document.add(DecisionPdf.centered(MessageFormat.format(text.getString("submission.annexTitle"), awards),
                    new Font(base, 14, Font.BOLD), 12));
            PdfPTable list = new PdfPTable(new float[] {8, 44, 20, 28});
            list.setWidthPercentage(100);
            list.setHeaderRows(1);
            for (String heading : text.getString("decision.annexHeaders").split("\\|")) {
                list.addCell(DecisionPdf.cell(heading, smallBold));
            }
            int n = 1;
            for (Nominations.NomineeDetails nominee : proposed) {
                list.addCell(DecisionPdf.cell(Integer.toString(n++), small));
                list.addCell(DecisionPdf.left(nominee.name(), small));
                list.addCell(DecisionPdf.cell(nominee.code(), small));
                list.addCell(DecisionPdf.left(nominee.awardName(), small));
            }
            document.add(list);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the submission", e);
        } finally {
            document.close();
        }
    }
}
