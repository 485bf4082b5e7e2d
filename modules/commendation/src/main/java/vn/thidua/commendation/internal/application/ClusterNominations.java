package vn.thidua.commendation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import vn.thidua.campaigns.RankingPublished;
import vn.thidua.campaigns.Standing;
import vn.thidua.commendation.AwardLevel;
import vn.thidua.commendation.CommendationType;
import vn.thidua.commendation.NominationService;
import vn.thidua.commendation.Nominations;
import vn.thidua.commendation.RecipientType;
import vn.thidua.platform.Violation;

/**
 * Drafts the nominations a published cluster ranking calls for, inside the publishing transaction (a failure here
 * undoes the publication): one provincial batch of the office that set up the cluster, with the leaders proposed for
 * the provincial emulation flag (CO_TD_TINH) and the next ones for the provincial certificate of merit. The batch stays
 * a draft: the office completes the dossier (the units' achievement reports) and submits it.
 */
@ApplicationScoped
public class ClusterNominations {

    static final String FLAG = "CO_TD_TINH";
    static final String CERTIFICATE = "BANG_KHEN_TINH";

    @Inject private NominationService nominations;

    void onRanking(@Observes RankingPublished ranking) {
        List<Standing> flags = ranking.ranking().stream().filter(s -> s.position() <= ranking.flagCount()).toList();
        List<Standing> certificates = ranking.ranking().stream().filter(s -> s.position() > ranking.flagCount()
                && s.position() <= ranking.flagCount() + ranking.certificateCount()).toList();
        if (flags.isEmpty() && certificates.isEmpty()) {
            return;
        }
        String title = new Violation("title", DefaultCommendationService.BUNDLE, "nomination.clusterTitle",
                ranking.clusterName(), String.valueOf(ranking.year())).message(Locale.forLanguageTag("vi"));
        long batch = nominations.create(new Nominations.BatchInput(title, ranking.ownerUnitCode(), ranking.year(),
                CommendationType.THUONG_XUYEN, null, AwardLevel.PROVINCE));
        flags.forEach(s -> nominations.addNominee(batch, RecipientType.UNIT, s.unitCode(), FLAG));
        certificates.forEach(s -> nominations.addNominee(batch, RecipientType.UNIT, s.unitCode(), CERTIFICATE));
    }
}
