package vn.thidua.commendation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The rules' sentences written by the engine's templates read exactly as MessageFormat would write them. */
class MessageTemplateTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Test
    void everySentenceOfTheRulesReadsAsMessageFormatWritesIt() {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.thidua.commendation.i18n.rules", VIETNAMESE,
                Engine.class.getClassLoader());
        Object[] arguments = {"LĐTT", "2024", "Lò Văn {Ánh}", "8/8", "15%", "x", "y", "z", "w", "v"};
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            assertThat(Engine.Template.of(pattern).format(arguments)).as(key)
                    .isEqualTo(new MessageFormat(pattern, VIETNAMESE).format(arguments));
        }
    }

    @Test
    void aSentenceWithQuotesGoesThroughMessageFormatAndAMissingArgumentStaysAPlace() {
        assertThat(Engine.Template.of("It''s {0}").format("A")).isEqualTo("It's A");
        assertThat(Engine.Template.of("'{0}' là {0}").format("A")).isEqualTo("{0} là A");
        assertThat(Engine.Template.of("{1} trước {0}, thiếu {2}").format("a", "b")).isEqualTo("b trước a, thiếu {2}");
    }
}
