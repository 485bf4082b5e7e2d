package vn.thidua.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises Vietnamese text typed in the legacy font encodings TCVN3 (ABC) and VNI, which old Excel files of
 * units still carry: read as Unicode it shows as "NguyÔn V¨n An" or "Nguyeãn Vaên An". Such text is refused
 * with a hint instead of being imported as mojibake. A heuristic: it looks for characters and letter pairs that
 * never occur in Vietnamese written in Unicode.
 */
public final class LegacyEncoding {

    public enum Kind { TCVN3, VNI }

    /** Latin-1 letters that Vietnamese in Unicode uses; any other character of U+0080..U+00FF is suspicious. */
    private static final String VIETNAMESE_LATIN1 = "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ\u00a0°";
    /** Characters of the TCVN3 (ABC) fonts for ă â ê ô ơ ư đ and toned vowels. */
    private static final String TCVN3_MARKERS = "¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾ÆÇËÎÏÑ×ØÞßåæçëîïñö÷øûüþ";
    /** Marks of VNI fonts that Unicode Vietnamese never writes. */
    private static final String VNI_MARKERS = "øïûäëöåÑñØÏÛÄËÖÅ";
    /** VNI writes â, ă, ê, ô as a vowel followed by a mark: "aâ", "aê", "eâ", "oâ", and "eã" for ễ. */
    private static final Pattern VNI_PAIRS = Pattern.compile("[aA][âêàáãÂÊÀÁÃ]|[eE][âãáàÂÃÁÀ]|[oO][âÂ]");

    private LegacyEncoding() {
    }

    public static Optional<Kind> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        boolean suspicious = false;
        boolean tcvn3 = false;
        boolean vni = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF && VIETNAMESE_LATIN1.indexOf(c) < 0) {
                suspicious = true;
                vni |= VNI_MARKERS.indexOf(c) >= 0;
                tcvn3 |= TCVN3_MARKERS.indexOf(c) >= 0 && VNI_MARKERS.indexOf(c) < 0;
            }
        }
        if (tcvn3) {
            return Optional.of(Kind.TCVN3);
        }
        if (vni || VNI_PAIRS.matcher(text).find()) {
            return Optional.of(Kind.VNI);
        }
        return suspicious ? Optional.of(Kind.TCVN3) : Optional.empty();
    }
}
