package vn.thidua.commendation;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The lists the council passed, posted for opinions before the signature (RULES.md §6): every signed-in user reads
 * them and may write an opinion while the window is open; the office answers each opinion once.
 */
public interface PublicPostings {

    /** dd/MM/yyyy. */
    DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A list posted for opinions, as every signed-in user reads it. */
    record PostedBatch(long batchId, String title, String unitName, int year, LocalDate openedOn,
                              LocalDate closesOn, List<PostedNominee> nominees) implements Serializable {

        /** The window as people write dates: dd/MM/yyyy. */
        public List<String> window() {
            return List.of(DAY.format(openedOn), DAY.format(closesOn));
        }
    }

    record PostedNominee(String name, String awardName) implements Serializable {
    }

    /** The lists open for opinions now, readable by every signed-in user. */
    List<PostedBatch> open();

    /** An opinion of 5 to 500 characters on a posted list, while its window is open. */
    void opine(long batchId, String text);

    /** The office answers an opinion (once). */
    void answer(long opinionId, String text);
}
