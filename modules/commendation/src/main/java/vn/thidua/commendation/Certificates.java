package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Certificates of decided batches (Bằng khen, Giấy khen, certificates of titles): one register number per decided
 * commendation in the issuing authority's register for the year, never reused; and the layouts of the pre-printed
 * blanks (phôi) they may be printed on.
 */
public interface Certificates {

    /** One certificate to print: who, what, by which decision, with its register number. */
    record CertificateLine(String recipientName, String unitName, String awardName, int year, String authority,
                                  String decisionNumber, LocalDate decisionDate, String signer, String registerNumber,
                                  SignerPosition position) implements Serializable {
    }

    /** Positions (mm from the top left, A4 landscape) of the variable text on a pre-printed blank. */
    record LayoutDetails(String code, String name, int nameX, int nameY, int unitX, int unitY, int reasonX,
                             int reasonY, int decisionX, int decisionY, int registerX, int registerY, long version,
                             List<String> awardCodes) implements Serializable {

        /** True when this blank is printed for one of these awards. */
        public boolean serves(java.util.Collection<String> awards) {
            return awardCodes.stream().anyMatch(awards::contains);
        }
    }

    /**
     * Gives each decided nominee of a decided batch its register number (once; later calls return the same) and
     * returns the certificates to print (specialists, signers and administrators of the batch's unit).
     */
    List<CertificateLine> of(long batchId);

    /** The blanks' layouts, by code. */
    List<LayoutDetails> layouts();

    /** Changes a blank's layout (administrators, specialists of the province); refused when it changed meanwhile. */
    void saveLayout(LayoutDetails layout);
}
