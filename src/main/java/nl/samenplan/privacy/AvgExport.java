package nl.samenplan.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.Translations;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import nl.samenplan.task.TaskService;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.workflow.NeedService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's own data (AVG art. 15 and 20): everything held on the client in one export, as a readable PDF and a
 * machine-readable JSON file. For the plan owner and the privacy officer, as the access report; logged as an
 * export of data.
 */
@Service
@Transactional(readOnly = true)
public class AvgExport {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final AccessReports reports;
    private final ReportLines lines;
    private final ClientService clients;
    private final NetworkService network;
    private final BurdenCheckInService checkIns;
    private final PlanService plans;
    private final NeedService needs;
    private final TaskService tasks;
    private final WaitingListService waitingList;
    private final Translations translations;
    private final Clock clock;
    private final nl.samenplan.client.ConsentService consents;

    AvgExport(AccessReports reports, ReportLines lines, ClientService clients, NetworkService network, BurdenCheckInService checkIns,
            PlanService plans, NeedService needs, TaskService tasks, WaitingListService waitingList,
            Translations translations, Clock clock, nl.samenplan.client.ConsentService consents) {
        this.consents = consents;
        this.reports = reports;
        this.lines = lines;
        this.clients = clients;
        this.network = network;
        this.checkIns = checkIns;
        this.plans = plans;
        this.needs = needs;
        this.tasks = tasks;
        this.waitingList = waitingList;
        this.translations = translations;
        this.clock = clock;
    }

    /** Everything held on the client, read through each feature's export read. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public ClientExport collect(long clientId) {
        reports.subject(clientId); // the plan owner or the privacy officer, else refused (and logged)
        ReportPeriod always = new ReportPeriod(LocalDate.of(2000, 1, 1), LocalDate.now(clock.withZone(TimeConfig.ZONE)));
        return new ClientExport(ClientExport.FORMAT, clock.instant(), CurrentUser.require().getUsername(),
                clients.exportDetails(clientId), network.exportMembers(clientId), consents.exportConsents(clientId),
                checkIns.exportCaregivers(clientId),
                plans.exportPlan(clientId), needs.exportNeeds(clientId), tasks.exportTasks(clientId),
                waitingList.exportPeriods(clientId), lines.all(clientId, always));
    }

    /** The export as a JSON file (UTF-8). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public byte[] json(long clientId) {
        try {
            return JSON.writeValueAsBytes(collect(clientId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The export as a readable PDF, in Dutch (or English for an English screen). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public byte[] pdf(long clientId, Locale locale) {
        return ExportPdf.render(collect(clientId), (key, params) -> translations.getTranslation(key, locale, params));
    }
}
