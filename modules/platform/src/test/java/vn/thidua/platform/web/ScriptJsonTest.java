package vn.thidua.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    private static final String HOSTILE = "x</script><img src=x onerror=alert(1)>\"'&\u2028\u2029";

    @Test
    void aLabelCannotCloseTheScriptItIsWrittenInto() {
        String json = Json.createObjectBuilder().add("labels", Json.createArrayBuilder().add(HOSTILE)).build().toString();
        String inert = ScriptJson.inert(json);
        assertThat(inert).doesNotContain("<", ">", "&", "\u2028", "\u2029")
                .contains("\\u003c/script\\u003e", "\\u0026", "\\u2028", "\\u2029");
    }

    @Test
    void theEscapedJsonMeansWhatTheOriginalMeant() {
        String json = Json.createObjectBuilder().add("label", HOSTILE).add("n", 3).build().toString();
        var parsed = Json.createReader(new StringReader(ScriptJson.inert(json))).readObject();
        assertThat(parsed.getString("label")).isEqualTo(HOSTILE);
        assertThat(parsed.getInt("n")).isEqualTo(3);
        assertThat(ScriptJson.inert(null)).isNull();
    }
}
