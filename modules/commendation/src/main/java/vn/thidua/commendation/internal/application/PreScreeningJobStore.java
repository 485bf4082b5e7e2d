package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.thidua.commendation.internal.domain.PreScreeningJob;
import vn.thidua.commendation.internal.domain.PreScreeningJobWorkbook;
import vn.thidua.platform.audit.AuditAction;
import vn.thidua.platform.audit.AuditTrail;

/**
 * The writes of {@link DefaultPreScreeningJobs}, each in a transaction of its own: the job is committed before
 * the background work looks for it, and progress is seen by every node while the job runs.
 */
@ApplicationScoped
public class PreScreeningJobStore {

    @PersistenceContext(unitName = "thidua") private EntityManager em;
    @Inject private AuditTrail audit;

    static OffsetDateTime now() {
        // PostgreSQL keeps microseconds: store what it keeps.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Records a new job; starting one is audited (it reads the personal data of the unit's people). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public PreScreeningJob create(String id, String owner, String unitCode, String unitName, String unitPath, int year) {
        PreScreeningJob job = new PreScreeningJob(id, owner, unitCode, unitName, year, now());
        em.persist(job);
        audit.recordIn(unitPath, "PreScreening", id, AuditAction.CREATE, null,
                Map.of("unitCode", unitCode, "year", year));
        return job;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PreScreeningJob find(String id) {
        return em.find(PreScreeningJob.class, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progressed(String id, int done, int total) {
        PreScreeningJob job = em.find(PreScreeningJob.class, id);
        if (job != null) {
            job.progressed(done, total, now());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finished(String id, int people, int units, String ruleSet, String counts, String preview, byte[] workbook) {
        PreScreeningJob job = em.find(PreScreeningJob.class, id);
        if (job != null) {
            job.finished(people, units, ruleSet, counts, preview, now());
            em.persist(new PreScreeningJobWorkbook(id, workbook));
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String id, String failure) {
        PreScreeningJob job = em.find(PreScreeningJob.class, id);
        if (job != null) {
            job.failed(failure.length() > 1000 ? failure.substring(0, 1000) : failure, now());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] workbook(String id) {
        PreScreeningJobWorkbook workbook = em.find(PreScreeningJobWorkbook.class, id);
        return workbook == null ? null : workbook.getContent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PreScreeningJob> recent(String owner, OffsetDateTime since) {
        return em.createNamedQuery("PreScreeningJob.recent", PreScreeningJob.class).setParameter("owner", owner)
                .setParameter("since", since).setMaxResults(20).getResultList();
    }

    /** Removes the jobs (and, by the foreign key, their workbooks) started before {@code before}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int removeStartedBefore(OffsetDateTime before) {
        List<String> ids = em.createNamedQuery("PreScreeningJob.expired", String.class).setParameter("before", before)
                .setMaxResults(500).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createQuery("delete from PreScreeningJobWorkbook w where w.jobId in :ids").setParameter("ids", ids).executeUpdate();
        return em.createNamedQuery("PreScreeningJob.delete").setParameter("ids", ids).executeUpdate();
    }
}
