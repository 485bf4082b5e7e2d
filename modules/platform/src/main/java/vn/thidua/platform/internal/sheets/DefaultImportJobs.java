package vn.thidua.platform.internal.sheets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import vn.thidua.platform.sheets.ImportJob;
import vn.thidua.platform.sheets.ImportJobs;
import vn.thidua.platform.sheets.SheetRow;

/**
 * {@link ImportJobs} in the database (tables {@code plt_import_job}, {@code plt_import_job_rows}):
 * a page's polling may land on any node of a cluster, and a node that dies loses no import. Each job is readable only
 * by the account that started it, for its own importer ({@code kind}), and removed two hours after it started. The
 * rows are written once; the progress is stored again after each step, guarded by a version so that two steps of
 * one job never both count (the later one gets {@link ChangedMeanwhile} and changes nothing).
 */
@ApplicationScoped
public class DefaultImportJobs implements ImportJobs {

    static final Duration KEEP = Duration.ofHours(2);
    /** Only what a job holds may be read back: our records, and the JDK's collections, texts, numbers and dates. */
    private static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(
            "maxdepth=32;vn.thidua.**;java.lang.*;java.util.*;java.time.*;java.math.*;!*");

    @PersistenceContext(unitName = "thidua") private EntityManager em;

    /** Another step of the same job was stored first (two nodes or two windows polling one job). */
    public static final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile(String id) {
            super("Import job " + id + " was changed by another step");
        }
    }

    /** Stores a new job of {@code kind} (the importer's name) for {@code owner}, and removes jobs past their time. */
    @Override
    @Transactional
    public ImportJob start(String kind, String owner, List<SheetRow> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        // Their rows go with them (on delete cascade).
        em.createQuery("delete from ImportJobRecord j where j.createdAt < :oldest").setParameter("oldest", now.minus(KEEP))
                .executeUpdate();
        ImportJob job = new ImportJob(owner, rows);
        em.persist(new ImportJobRecord(job.id(), kind, owner, now, job.total(), job.state().name(),
                write(job.stored())));
        em.flush();
        em.persist(new ImportJobRows(job.id(), write(job.rows())));
        return job;
    }

    /** The owner's own job of this kind, if it is still kept; its rows are read when a step needs them. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> find(String kind, String id, String owner) {
        if (id == null) {
            return Optional.empty();
        }
        ImportJobRecord record = em.find(ImportJobRecord.class, id);
        if (record == null || !record.getOwner().equals(owner) || !record.getKind().equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(job(record));
    }

    /**
     * The owner's newest job of this kind still checking or waiting to be written, started since {@code since}: what
     * a page opened afresh (after its node died, or reloaded) carries on with.
     */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> unfinished(String kind, String owner, OffsetDateTime since) {
        return em.createQuery("select j from ImportJobRecord j where j.owner = :owner and j.kind = :kind"
                        + " and j.createdAt >= :since and j.state in ('CHECKING', 'READY') order by j.createdAt desc",
                        ImportJobRecord.class).setParameter("owner", owner).setParameter("kind", kind)
                .setParameter("since", since).setMaxResults(1).getResultStream().findFirst()
                .map(this::job);
    }

    /**
     * Stores the job's progress in the caller's transaction (an import's rows and its DONE commit together).
     * @throws ChangedMeanwhile when another step stored it since it was read
     */
    @Override
    @Transactional
    public void save(ImportJob job) {
        int updated = em.createQuery("update ImportJobRecord j set j.progress = :progress, j.state = :state,"
                        + " j.version = j.version + 1 where j.id = :id and j.version = :version")
                .setParameter("progress", write(job.stored())).setParameter("state", job.state().name())
                .setParameter("id", job.id()).setParameter("version", job.storedVersion()).executeUpdate();
        if (updated != 1) {
            throw new ChangedMeanwhile(job.id());
        }
    }

    /** Stores the job's progress in a transaction of its own (a failed import, whose own transaction rolls back). */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAlone(ImportJob job) {
        save(job);
    }

    private ImportJob job(ImportJobRecord record) {
        String id = record.getId();
        return ImportJob.restored(id, record.getOwner(), record.getCreatedAt().toInstant(), record.getTotalRows(),
                () -> rows(id), read(record.getProgress()), record.getVersion());
    }

    @SuppressWarnings("unchecked")
    private List<SheetRow> rows(String id) {
        ImportJobRows rows = em.find(ImportJobRows.class, id);
        if (rows == null) {
            throw new IllegalStateException("The rows of import job " + id + " are gone");
        }
        return (List<SheetRow>) read(rows.getContent());
    }

    static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Object read(byte[] bytes) {
        try (ObjectInputStream in = new ApplicationObjects(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            in.setObjectInputFilter(ALLOWED);
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves the application's classes (any module's importer memo) through the application's class loader. */
    private static final class ApplicationObjects extends ObjectInputStream {

        ApplicationObjects(InputStream in) throws IOException {
            super(in);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            if (loader != null) {
                try {
                    return Class.forName(description.getName(), false, loader);
                } catch (ClassNotFoundException e) {
                    // fall back to the default resolution below
                }
            }
            return super.resolveClass(description);
        }
    }
}
