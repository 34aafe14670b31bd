package nl.samenplan.workflow;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.InputValidation;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MDO records in the client file; the approval of a nursing-home application checks the newest one. */
@Service
@Transactional(readOnly = true)
public class MdoService {

    private final MdoRepository mdos;
    private final ClientService clients;
    private final SettingsService settings;
    private final AuditLog auditLog;
    private final Clock clock;

    private final nl.samenplan.client.ClientDirectory directory;

    MdoService(MdoRepository mdos, ClientService clients, SettingsService settings, AuditLog auditLog, Clock clock,
            nl.samenplan.client.ClientDirectory directory) {
        this.directory = directory;
        this.mdos = mdos;
        this.clients = clients;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void record(long clientId, MdoData data) {
        InputValidation.require(data);
        clients.get(clientId);
        directory.requireOpen(clientId);
        Mdo mdo = mdos.save(new Mdo(clientId, data, LocalDate.now(clock), clock.instant(),
                CurrentUser.require().displayName()));
        auditLog.record(clientId, "history.mdo.recorded", DutchFormats.date(mdo.data().heldOn()));
    }

    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.MDO_VIEWED)
    public List<MdoRow> mdos(long clientId) {
        clients.get(clientId);
        return mdos.findByClientIdOrderByHeldOnDescIdDesc(clientId).stream()
                .map(m -> new MdoRow(m.getId(), m.data(), m.getCreatedBy())).toList();
    }

    /** The date of the newest MDO, if there is one. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Optional<LocalDate> lastMdo(long clientId) {
        return mdos(clientId).stream().findFirst().map(r -> r.data().heldOn());
    }

    /** Whether the newest MDO is recent enough for a nursing-home application (the MDO window setting). */
    @PreAuthorize(Permissions.CLIENT_READ)
    public boolean recentEnoughForNursingHome(long clientId) {
        int days = settings.current().mdoDays();
        LocalDate today = LocalDate.now(clock);
        return lastMdo(clientId).map(d -> !d.isBefore(today.minusDays(days))).orElse(false);
    }

    /** An MDO as the file lists it. */
    public record MdoRow(long id, MdoData data, String recordedBy) {
    }
}
