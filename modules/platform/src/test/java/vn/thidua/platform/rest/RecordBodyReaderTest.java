package vn.thidua.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.InvalidInputException;
import vn.thidua.platform.validation.Code;
import vn.thidua.platform.validation.Required;
import vn.thidua.platform.validation.Text;

/** The binder of request bodies: one case per kind of wrong input, reported on its field, all at once, in order. */
class RecordBodyReaderTest {

    enum Kind { THEMATIC, REGULAR }

    record Member(@Required @Text String name, Kind kind) {
    }

    record Body(@Required @Code String code, @Required @Text(max = 10) String name, Integer year, Kind kind,
                LocalDate startsOn, boolean open, List<String> unitCodes, List<@Valid Member> members)
            implements RequestBody {
    }

    static Stream<Arguments> wrongBodies() {
        return Stream.of(
                Arguments.of("nothing", "{}", List.of("code:required", "name:required")),
                Arguments.of("a number where text belongs", "{\"code\":1,\"name\":\"A\"}", List.of("code:notText")),
                Arguments.of("a bad code and a long name together",
                        "{\"code\":\"a b\",\"name\":\"abcdefghijkl\"}", List.of("code:code", "name:tooLong")),
                Arguments.of("text where a number belongs", "{\"code\":\"C\",\"name\":\"A\",\"year\":\"2026\"}",
                        List.of("year:notNumber")),
                Arguments.of("a value outside the enumeration", "{\"code\":\"C\",\"name\":\"A\",\"kind\":\"X\"}",
                        List.of("kind:oneOf")),
                Arguments.of("a date not ISO", "{\"code\":\"C\",\"name\":\"A\",\"startsOn\":\"01/07/2026\"}",
                        List.of("startsOn:isoDate")),
                Arguments.of("a text where true/false belongs", "{\"code\":\"C\",\"name\":\"A\",\"open\":\"yes\"}",
                        List.of("open:notBoolean")),
                Arguments.of("a list of numbers where texts belong",
                        "{\"code\":\"C\",\"name\":\"A\",\"unitCodes\":[1]}", List.of("unitCodes:notText")),
                Arguments.of("an element of a nested list missing its name and with a wrong kind",
                        "{\"code\":\"C\",\"name\":\"A\",\"members\":[{\"name\":\"B\"},{\"kind\":\"X\"}]}",
                        List.of("members[1].kind:oneOf", "members[1].name:required")),
                Arguments.of("a nested list holding a text", "{\"code\":\"C\",\"name\":\"A\",\"members\":[\"B\"]}",
                        List.of("members:notObject")),
                Arguments.of("errors in the record's order, not the body's",
                        "{\"members\":[{}],\"year\":true,\"code\":\"C\"}",
                        List.of("name:required", "year:notNumber", "members[0].name:required")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongBodies")
    void wrongInputIsReportedOnItsField(String label, String json, List<String> expected) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> RecordBodyReader.bind(Body.class, parse(json)));
        assertThat(refused).as(label).isNotNull();
        List<String> found = refused.violations().stream().map(v -> v.field() + ":" + v.key()).toList();
        if (expected.stream().anyMatch(e -> e.startsWith("members[1]"))) {
            assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        } else {
            assertThat(found).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aWholeBodyIsBoundWithListsNeverNull() {
        Body body = RecordBodyReader.bind(Body.class, parse("{\"code\":\"PT_01\",\"name\":\"Thi đua\",\"year\":2026,"
                + "\"kind\":\"REGULAR\",\"startsOn\":\"2026-07-01\",\"open\":true,"
                + "\"members\":[{\"name\":\"Lò Văn A\",\"kind\":\"THEMATIC\"}],\"unknown\":{\"ignored\":1}}"));
        assertThat(body).isEqualTo(new Body("PT_01", "Thi đua", 2026, Kind.REGULAR, LocalDate.of(2026, 7, 1), true,
                List.of(), List.of(new Member("Lò Văn A", Kind.THEMATIC))));
    }

    @Test
    void anArrayInsteadOfAnObjectIsAProblemOfTheWholeBody() {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> new RecordBodyReader()
                .readFrom(cast(Body.class), Body.class, null, null, null,
                        new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8))));
        assertThat(problem).isNotNull();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<RequestBody> cast(Class<?> type) {
        return (Class) type;
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
