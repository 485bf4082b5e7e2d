package vn.thidua.platform.web;

/**
 * JSON made safe to place inside an HTML {@code <script>}: PrimeFaces' chart renderer (and any inline script)
 * writes its model unescaped, so a label holding {@code </script>} would close the script and run what follows.
 * The escapes keep the JSON's meaning: {@code \u003c} is {@code <} to the JSON parser, but not to the HTML one.
 */
public final class ScriptJson {

    private ScriptJson() {
    }

    public static String inert(String json) {
        if (json == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
