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
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.thidua.commendation.Nominations;

/**
 * The decision of a batch as a PDF in the layout of Vietnamese administrative documents (Decree 30/2020): issuing
 * body and number on the left, national title and motto on the right, place and date, title, grounds, articles,
 * recipients and signature block, then the list of awardees annexed. DejaVu Sans is embedded.
 */
public final class DecisionPdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private DecisionPdf() {
    }

    /** The decision as signed: the nominees it awarded. */
    public static void write(OutputStream out, Nominations.BatchDetails batch, String provincePlace) {
        String place = batch.decision().place() == null ? provincePlace : batch.decision().place();
        write(out, batch, place, batch.decision(),
                batch.nominees().stream().filter(n -> n.commendationId() != null).toList(), false);
    }

    /**
     * The decision as it will read once signed with what the form holds: the nominees the council passed, marked
     * DỰ THẢO (draft) at the top. Signing cannot be undone; this is what the signer reads first.
     */
    public static void preview(OutputStream out, Nominations.BatchDetails batch, String provincePlace,
                        Nominations.DecisionDetails decision) {
        String place = decision.place() == null || decision.place().isBlank() ? provincePlace : decision.place();
        write(out, batch, place, decision, batch.nominees().stream().filter(n -> !n.withdrawn()
                && "PASS".equals(n.appraisal()) && n.ballot() != null && n.ballot().result().passed()).toList(), true);
    }

    /**
     * The signature block's title lines ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); a decision signed
     * before the position was recorded: its authority's usual one (the chairman of a committee, else the head).
     */
    static String signingLine(ResourceBundle text, vn.thidua.commendation.SignerPosition position, String authority) {
        vn.thidua.commendation.SignerPosition shown = position != null ? position
                : vn.thidua.commendation.SignerPosition.defaultFor(authority);
        return text.getString("decision.signing." + shown.name());
    }

    /** "3 cá nhân, 1 tập thể (4 lượt khen thưởng)": people and collectives counted once, awards apart. */
    static String counted(ResourceBundle text, List<Nominations.NomineeDetails> awarded) {
        long people = awarded.stream().filter(n -> n.recipientType() == vn.thidua.commendation.RecipientType.PERSON)
                .map(Nominations.NomineeDetails::code).distinct().count();
        long collectives = awarded.stream().filter(n -> n.recipientType() != vn.thidua.commendation.RecipientType.PERSON)
                .map(n -> n.recipientType() + ":" + n.code()).distinct().count();
        List<String> parts = new java.util.ArrayList<>();
        if (people > 0) {
            parts.add(MessageFormat.format(text.getString("decision.people"), Long.toString(people)));
        }
        if (collectives > 0) {
            parts.add(MessageFormat.format(text.getString("decision.collectives"), Long.toString(collectives)));
        }
        String who = String.join(", ", parts);
        return awarded.size() > people + collectives
                ? who + MessageFormat.format(text.getString("decision.awardCount"), Integer.toString(awarded.size())) : who;
    }

    private static void write(OutputStream out, Nominations.BatchDetails batch, String place,
                              Nominations.DecisionDetails decision, List<Nominations.NomineeDetails> awarded, boolean draft) {
        ResourceBundle text = ResourceBundle.getBundle("vn.thidua.commendation.i18n.messages", VIETNAMESE,
                DecisionPdf.class.getClassLoader());
        BaseFont base = HistoryPdf.font();
        Font normal = new Font(base, 13);
        Font bold = new Font(base, 13, Font.BOLD);
        Font small = new Font(base, 11);
        Font smallBold = new Font(base, 12, Font.BOLD);
        Font italic = new Font(base, 13, Font.ITALIC);
        Font title = new Font(base, 14, Font.BOLD);
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            if (draft) {
                document.add(centered(text.getString("decision.draft"), new Font(base, 16, Font.BOLD,
                        new java.awt.Color(183, 28, 28)), 8));
            }
            PdfPTable header = new PdfPTable(new float[] {38, 62});
            header.setWidthPercentage(100);
            header.addCell(cell(decision.authority().toUpperCase(VIETNAMESE) + "\n────────\n"
                    + MessageFormat.format(text.getString("decision.number"), decision.number()), smallBold));
            header.addCell(cell(text.getString("decision.nation") + "\n" + text.getString("decision.motto")
                    + "\n───────────────", smallBold));
            header.addCell(cell("", small));
            PdfPCell date = cell(MessageFormat.format(text.getString("decision.placeDate"), place,
                    two(decision.date().getDayOfMonth()), two(decision.date().getMonthValue()),
                    Integer.toString(decision.date().getYear())), new Font(base, 13, Font.ITALIC));
            header.addCell(date);
            document.add(header);
            document.add(centered(text.getString("decision.title"), title, 18));
            document.add(centered(MessageFormat.format(text.getString("decision.about"), batch.batch().title()), bold, 0));
            document.add(centered(decision.authority().toUpperCase(VIETNAMESE), bold, 12));
            for (String ground : text.getString("decision.grounds").split("\\|")) {
                document.add(justified(MessageFormat.format(ground, batch.unitName()), italic));
            }
            document.add(centered(text.getString("decision.decides"), bold, 10));
            String awards = awarded.stream().map(Nominations.NomineeDetails::awardName).distinct()
                    .collect(Collectors.joining(", "));
            document.add(justified(MessageFormat.format(text.getString("decision.article1"), awards,
                    counted(text, awarded), Integer.toString(batch.batch().year())), normal));
            document.add(justified(text.getString("decision.article2"), normal));
            document.add(justified(MessageFormat.format(text.getString("decision.article3"), batch.unitName()), normal));
            PdfPTable footer = new PdfPTable(new float[] {50, 50});
            footer.setWidthPercentage(100);
            footer.setSpacingBefore(16);
            footer.addCell(left(text.getString("decision.recipients"), small));
            footer.addCell(cell(signingLine(text, decision.position(), decision.authority()) + "\n\n\n\n" + decision.signer(),
                    bold));
            document.add(footer);

            document.newPage();
            document.add(centered(MessageFormat.format(text.getString("decision.annexTitle"), awards), title, 0));
            document.add(centered(MessageFormat.format(text.getString("decision.annexOf"), decision.number(),
                    two(decision.date().getDayOfMonth()), two(decision.date().getMonthValue()),
                    Integer.toString(decision.date().getYear())), italic, 12));
            PdfPTable list = new PdfPTable(new float[] {8, 44, 20, 28});
            list.setWidthPercentage(100);
            list.setHeaderRows(1);
            for (String heading : text.getString("decision.annexHeaders").split("\\|")) {
                list.addCell(cell(heading, smallBold));
            }
            int n = 1;
            for (Nominations.NomineeDetails nominee : awarded) {
                list.addCell(cell(Integer.toString(n++), small));
                list.addCell(left(nominee.name(), small));
                list.addCell(cell(nominee.code(), small));
                list.addCell(left(nominee.awardName(), small));
            }
            document.add(list);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the decision", e);
        } finally {
            document.close();
        }
    }

    static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    static PdfPCell cell(String content, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(content, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(6);
        return cell;
    }

    static PdfPCell left(String content, Font font) {
        PdfPCell cell = cell(content, font);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    static Paragraph centered(String content, Font font, float after) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    static Paragraph justified(String content, Font font) {
        Paragraph paragraph = new Paragraph(content, font);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(28);
        paragraph.setSpacingAfter(6);
        return paragraph;
    }
}
