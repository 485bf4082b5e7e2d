package vn.thidua.webapp.backup;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.thidua.platform.AccessDeniedException;
import vn.thidua.platform.Roles;
import vn.thidua.webapp.persistence.DataSourceConfiguration;

/**
 * Online backups of the embedded H2 database (issue 15): H2's {@code BACKUP TO} writes a consistent copy while the
 * application runs, as a zip under {@code THIDUA_DATA_DIR/backups}; the newest {@code thidua.backup.keep} copies
 * are kept. An administrator of the province starts one on <em>Quản trị → Sao lưu</em> (or {@code POST
 * /api/v1/backups}); the schedule takes one every {@code thidua.backup.every-hours} hours (0: never). Restoring is
 * done with the application stopped: extract the zip into the data directory (README). PostgreSQL is backed up with
 * its own tools (config/README.md).
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final String PREFIX = "thidua-";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    private DataSource dataSource;

    @Resource private ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "thidua.data.dir")
    private String dataDir;

    @Inject
    @ConfigProperty(name = "thidua.backup.keep", defaultValue = "7")
    private int keep;

    @Inject
    @ConfigProperty(name = "thidua.backup.every-hours", defaultValue = "24")
    private int everyHours;

    @Inject private vn.thidua.organisation.UnitScope scope;
    @Inject private BackupAudit audit;

    /** A backup file: its name, size and when it was written. */
    public record Copy(String name, long bytes, Instant written) implements Serializable {
    }

    /** Where the copies are kept. */
    public Path directory() {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("backups");
    }

    /** Whether this installation runs on the embedded database (the only one backed up here). */
    public boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2");
        } catch (SQLException e) {
            return false;
        }
    }

    public int keep() {
        return keep;
    }

    public int everyHours() {
        return everyHours;
    }

    /** The copies kept, newest first. */
    public List<Copy> copies() {
        Path directory = directory();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.toString().endsWith(".zip"))
                    .map(Backups::copy).sorted(Comparator.comparing(Copy::written).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Copy copy(Path file) {
        try {
            return new Copy(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a backup now for an administrator of the province; audited. */
    public synchronized Copy backUpNow() {
        if (!scope.hasRoleOnRoot(java.util.Set.of(Roles.ADMIN))) {
            throw new AccessDeniedException("backups");
        }
        Path file = nextFile();
        // Committed before the copy is taken, so that the copy holds the entry that says who took it.
        audit.backedUp(file.getFileName().toString());
        return write(file);
    }

    /** Writes a consistent copy of the running embedded database (the schedule's). */
    synchronized Copy backUp() {
        return write(nextFile());
    }

    private Path nextFile() {
        Path directory = directory();
        Path file = directory.resolve(PREFIX + STAMP.format(LocalDateTime.now(ZoneId.systemDefault())) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(PREFIX + STAMP.format(LocalDateTime.now(ZoneId.systemDefault())) + "-" + n + ".zip");
        }
        return file;
    }

    /** Writes the copy, then drops the oldest beyond the number kept. */
    private Copy write(Path file) {
        if (!embedded()) {
            throw new IllegalStateException("Only the embedded database is backed up here; use pg_dump for PostgreSQL");
        }
        Path directory = file.getParent();
        try {
            Files.createDirectories(directory);
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                // The path is ours (the data directory and a timestamp), never typed by a user.
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            prune(directory);
            Copy copy = copy(file);
            LOG.info(() -> "Backup written: " + copy.name() + " (" + copy.bytes() + " bytes)");
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("The backup failed: " + e.getMessage(), e);
        }
    }

    private void prune(Path directory) throws IOException {
        List<Copy> copies = copies();
        for (Copy old : copies.subList(Math.min(copies.size(), Math.max(1, keep)), copies.size())) {
            Files.deleteIfExists(directory.resolve(old.name()));
        }
    }

    /** Starts the schedule: every hour, a backup when the newest copy is older than the interval. */
    public void schedule() {
        if (everyHours <= 0 || !embedded()) {
            return;
        }
        scheduler.scheduleAtFixedRate(() -> {
            try {
                List<Copy> copies = copies();
                if (copies.isEmpty() || copies.get(0).written().isBefore(Instant.now().minus(Duration.ofHours(everyHours)))) {
                    backUp();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The scheduled backup failed", e);
            }
        }, 5, 60, TimeUnit.MINUTES);
    }
}
