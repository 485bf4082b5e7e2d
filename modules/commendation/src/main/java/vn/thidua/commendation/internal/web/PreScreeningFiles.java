package vn.thidua.commendation.internal.web;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The workbooks of recent pre-screenings, kept in temporary files for two hours so that the page's state holds
 * only an id; each file can be downloaded only by the account that made it. (On a cluster the download goes to
 * the instance of the session, which made the file.)
 */
@ApplicationScoped
public class PreScreeningFiles {

    private static final Duration KEEP = Duration.ofHours(2);

    private record Kept(String owner, Path file, Instant createdAt) {
    }

    private final Map<String, Kept> files = new ConcurrentHashMap<>();

    /** A new empty file for {@code owner}; returns its id. */
    public String create(String owner) {
        Instant oldest = Instant.now().minus(KEEP);
        files.entrySet().removeIf(e -> {
            if (e.getValue().createdAt().isBefore(oldest)) {
                delete(e.getValue().file());
                return true;
            }
            return false;
        });
        try {
            Path file = Files.createTempFile("thidua-prescreening-", ".xlsx");
            String id = UUID.randomUUID().toString();
            files.put(id, new Kept(owner, file, Instant.now()));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> file(String id, String owner) {
        Kept kept = id == null ? null : files.get(id);
        return kept != null && kept.owner().equals(owner) ? Optional.of(kept.file()) : Optional.empty();
    }

    @PreDestroy
    void deleteAll() {
        files.values().forEach(k -> delete(k.file()));
        files.clear();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is removed with the temporary directory.
        }
    }
}
