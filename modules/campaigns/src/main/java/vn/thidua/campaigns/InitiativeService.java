package vn.thidua.campaigns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The registry of initiatives; the eligibility rules read it. */
public interface InitiativeService {

    long record(String title, InitiativeKind kind, List<String> authorCodes, InitiativeScope scope,
                LocalDate recognisedOn, String decisionNumber);

    /** The initiatives of each person among {@code authorCodes} recognised from {@code from} to {@code to}. */
    Map<String, List<Initiative>> byAuthors(Collection<String> authorCodes, LocalDate from, LocalDate to);

    /** The newest initiatives the caller may read, at most {@code max}. */
    List<Initiative> latest(int max);
}
