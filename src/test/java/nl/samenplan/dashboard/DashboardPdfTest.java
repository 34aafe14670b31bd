package nl.samenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.Test;

/** The funders' export prints in the plan's Unicode fonts: a team or village name comes back as typed. */
class DashboardPdfTest {

    @Test
    void the_export_prints_team_and_village_names_in_the_embedded_unicode_fonts() throws IOException {
        List<Period> periods = List.of(Period.month(YearMonth.of(2026, 10)), Period.month(YearMonth.of(2026, 9)),
                Period.month(YearMonth.of(2025, 10)));
        DashboardExport export = new DashboardExport("Dorpsteam Şirin Łódź", "Yıldızköy", periods, 5,
                List.of(new DashboardExport.Line("dashboard.export.section.waiting", "dashboard.figure.waiting",
                        DashboardExport.Unit.COUNT, List.of("12", "<5", "9"))));

        byte[] pdf = DashboardPdf.render(export, (key, params) -> key + Arrays.toString(params));
        if (System.getProperty("plan.pdf.samples") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("plan.pdf.samples"), "dashboard.pdf"), pdf);
        }

        assertThat(PdfContent.text(pdf)).contains("Dorpsteam Şirin Łódź", "Yıldızköy", "12", "<5", "9");
        assertThat(PdfContent.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.name()).contains("DejaVuSans");
            assertThat(font.embedded()).isTrue();
            assertThat(font.encoding()).isEqualTo("Identity-H");
        });
    }
}
