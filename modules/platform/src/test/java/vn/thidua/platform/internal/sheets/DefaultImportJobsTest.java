package vn.thidua.platform.internal.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.Violation;
import vn.thidua.platform.sheets.ImportJob;
import vn.thidua.platform.sheets.SheetRow;

/** What the shared store keeps of a job reads back as it was written; nothing else is read back. */
class DefaultImportJobsTest {

    @Test
    void aJobsRowsAndProgressReadBackAsWritten() {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(new SheetRow(i + 2, List.of("NV" + i, "Nguyễn Văn " + i, "", "02/09/1985")));
        }
        ImportJob job = new ImportJob("chuyenvien", rows);
        job.nextRows(400);
        job.addError(7, "birthDate", Violation.of("birthDate", "sheet.date", LocalDate.of(2026, 2, 30 - 2), 3));
        job.<Integer>memo("codes").put("NV1", 3);
        job.checkedMore(400);

        @SuppressWarnings("unchecked")
        List<SheetRow> rowsBack = (List<SheetRow>) DefaultImportJobs.read(DefaultImportJobs.write(job.rows()));
        ImportJob back = ImportJob.restored(job.id(), job.owner(), Instant.now(), job.total(), () -> rowsBack,
                DefaultImportJobs.read(DefaultImportJobs.write(job.stored())), 4);

        assertThat(back.rows()).isEqualTo(rows);
        assertThat(back.checked()).isEqualTo(400);
        assertThat(back.state()).isEqualTo(ImportJob.State.CHECKING);
        assertThat(back.errors()).isEqualTo(job.errors());
        assertThat(back.<Integer>memo("codes")).isEqualTo(Map.of("NV1", 3));
        assertThat(back.nextRows(1000)).hasSize(600).first().isEqualTo(rows.get(400));
        assertThat(back.storedVersion()).isEqualTo(4);
        back.checkedMore(600);
        assertThat(back.state()).isEqualTo(ImportJob.State.REFUSED);
    }

    @Test
    void onlyTheApplicationsAndTheJdksPlainClassesAreReadBack() {
        byte[] foreign = DefaultImportJobs.write(new ArrayList<>(List.of(URI.create("http://x"))));
        assertThatThrownBy(() -> DefaultImportJobs.read(foreign)).isInstanceOf(UncheckedIOException.class);
    }
}
