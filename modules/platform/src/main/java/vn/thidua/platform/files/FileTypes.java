package vn.thidua.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types documents may be (dossiers, launch documents, photos), recognised from the content (not the name): PDF, DOCX, XLSX, JPEG, PNG.
 * The name's extension must agree with the content.
 */
public final class FileTypes {

    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        JPEG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png");

        final String contentType;
        final String[] extensions;

        Type(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = extensions;
        }

        public String contentType() {
            return contentType;
        }
    }

    private FileTypes() {
    }

    /**
     * The upload's bytes, at most {@code limit + 1} of them: a result longer than {@code limit} means the file is too
     * large (the rest is not read).
     */
    public static byte[] readUpTo(java.io.InputStream content, long limit) {
        try {
            return content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The type the bytes are, if one of the accepted ones. */
    public static Optional<Type> sniff(byte[] content) {
        if (starts(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(Type.PDF);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Type.JPEG);
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Type.PNG);
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04)) {
            // Office files are zip archives: the names of their parts (in the local headers at the start and the
            // central directory at the end) tell a document from a workbook.
            int window = Math.min(content.length, 64 * 1024);
            String names = new String(content, 0, window, StandardCharsets.ISO_8859_1)
                    + new String(content, content.length - window, window, StandardCharsets.ISO_8859_1);
            if (names.contains("word/")) {
                return Optional.of(Type.DOCX);
            }
            if (names.contains("xl/")) {
                return Optional.of(Type.XLSX);
            }
        }
        return Optional.empty();
    }

    /** True when the file name's extension is one of the type's. */
    public static boolean nameAgrees(String fileName, Type type) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String extension : type.extensions) {
            if (lower.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }

    /** The SHA-256 of the bytes in hexadecimal, kept with every stored file. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean starts(byte[] content, int... head) {
        if (content.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((content[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }
}
