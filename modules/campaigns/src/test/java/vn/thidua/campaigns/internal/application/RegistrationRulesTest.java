package vn.thidua.campaigns.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thidua.campaigns.RegistrationState;
import vn.thidua.campaigns.Registrations;
import vn.thidua.platform.InvalidInputException;

/** The rules of a registration's content and of its states, one case per edge. */
class RegistrationRulesTest {

    private static final int YEAR = Year.now().getValue();

    /** Lines written "code=AWARD,code=AWARD"; an empty text for none. */
    private static List<Registrations.Line> lines(String text) {
        List<Registrations.Line> lines = new ArrayList<>();
        if (!text.isBlank()) {
            for (String pair : text.split(",")) {
                String[] p = pair.split("=", -1);
                lines.add(new Registrations.Line(p[0].isEmpty() ? null : p[0], p[1].isEmpty() ? null : p[1]));
            }
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a collective target alone                  | XA_1 | 0  | TTLDXS     | ''                         | -",
            "people alone                               | XA_1 | 0  | -          | CB1=LDTT,CB2=CSTDCS        | -",
            "neither a target nor people                | XA_1 | 0  | -          | ''                         | lines",
            "a person's title for a collective          | XA_1 | 0  | LDTT       | ''                         | collectiveAward",
            "a collective's title for a person          | XA_1 | 0  | -          | CB1=TTLDTT                 | lines",
            "a form of commendation is not a title      | XA_1 | 0  | -          | CB1=BANG_KHEN_TINH         | lines",
            "the same person twice                      | XA_1 | 0  | -          | CB1=LDTT,CB1=CSTDCS        | lines",
            "a line without a code                      | XA_1 | 0  | -          | =LDTT                      | lines",
            "next year may be registered                | XA_1 | 1  | CO_TD_TINH | ''                         | -",
            "the year after next may not                | XA_1 | 2  | CO_TD_TINH | ''                         | year",
            "a unit code outside the API's syntax        | 'XA 1' | 0 | TTLDTT    | ''                         | unitCode"})
    void checksTheContent(String edge, String unit, int yearsAhead, String collective, String people, String refused) {
        var checks = DefaultRegistrationService.checkContent(new Registrations.RegistrationInput(unit, YEAR + yearsAhead,
                null, collective, "Mục tiêu", lines(people)));
        if (refused == null) {
            assertThat(checks.isEmpty()).as(edge).isTrue();
        } else {
            assertThat(checks.has(refused)).as(edge).isTrue();
        }
    }

    @Test
    void namesTheFaultyLineInVietnamese() {
        var checks = DefaultRegistrationService.checkContent(new Registrations.RegistrationInput("XA_1", YEAR, null, null,
                null, lines("CB1=LDTT,CB2=GIAY_KHEN")));
        try {
            checks.throwIfAny();
        } catch (InvalidInputException e) {
            assertThat(e.violations()).extracting(v -> v.message(Locale.forLanguageTag("vi")))
                    .containsExactly("Dòng 2: danh hiệu cá nhân \"GIAY_KHEN\" không hợp lệ (LDTT, CSTT, CSTDCS, CSTD_TINH, CSTD_TQ).");
            return;
        }
        throw new AssertionError("expected a refusal");
    }

    @ParameterizedTest(name = "{0}: editable {1}, counts {2}")
    @CsvSource({"DRAFT, true, false", "SUBMITTED, false, true", "RECEIVED, false, true", "RETURNED, true, false"})
    void statesDecideWhoActsAndWhatCounts(RegistrationState state, boolean editable, boolean counts) {
        assertThat(state.editable()).isEqualTo(editable);
        assertThat(state.counts()).isEqualTo(counts);
    }

    @Test
    void commonAncestorOfClusterMembers() {
        assertThat(DefaultClusterService.commonAncestor(List.of("/1/5/7/", "/1/5/9/"))).isEqualTo("/1/5/");
        assertThat(DefaultClusterService.commonAncestor(List.of("/1/5/7/", "/1/6/"))).isEqualTo("/1/");
        assertThat(DefaultClusterService.commonAncestor(List.of("/1/5/", "/1/5/9/"))).isEqualTo("/1/5/");
    }
}
