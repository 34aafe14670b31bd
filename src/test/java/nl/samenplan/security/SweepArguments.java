package nl.samenplan.security;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenplan.client.BurdenCheckInData;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.privacy.ReportPeriod;
import nl.samenplan.task.NewTask;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Proposal;
import nl.samenplan.workflow.Reason;
import nl.samenplan.workflow.Urgency;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The arguments of a service call in the sweep, built from the parameters' names and types: an id parameter gets the
 * id of the chosen record kind (another team's, or one that does not exist), a version its record's current version,
 * every other parameter a valid value (so that a method without a team check would really do its work).
 */
final class SweepArguments {

    /** The kinds of record an id names, by the parameter names the code uses. */
    enum Kind { CLIENT, CONSENT, MEMBER, AGREEMENT, TASK, NEED, VOLUNTEER, WAITING_PERIOD }

    private static final Map<String, Kind> BY_NAME = Map.of("clientId", Kind.CLIENT, "clientIds", Kind.CLIENT,
            "consentId", Kind.CONSENT, "memberId", Kind.MEMBER, "networkMemberId", Kind.MEMBER,
            "agreementId", Kind.AGREEMENT, "taskId", Kind.TASK, "needId", Kind.NEED, "volunteerId", Kind.VOLUNTEER,
            "entryId", Kind.WAITING_PERIOD);

    /** Parameters that carry a record id under another name (the volunteer register calls its volunteer "id"). */
    private static final Map<String, Kind> BY_METHOD = Map.of("VolunteerService.get.id", Kind.VOLUNTEER,
            "VolunteerService.update.id", Kind.VOLUNTEER, "PlanService.printed.forMember", Kind.MEMBER);

    /** Parameter types that carry a record id inside them. */
    private static final Set<Class<?>> CARRIERS = Set.of(NewTask.class, TaskService.Undo.class, Map.class);

    private final Map<Kind, Long> ids;
    private final Map<Kind, Long> versions;
    private final long categoryId;
    private final LocalDate today;

    SweepArguments(Map<Kind, Long> ids, Map<Kind, Long> versions, long categoryId, LocalDate today) {
        this.ids = ids;
        this.versions = versions;
        this.categoryId = categoryId;
        this.today = today;
    }

    /** The record kind a parameter names, if it names one. */
    static Optional<Kind> kindOf(Method method, Parameter parameter) {
        Kind byMethod = BY_METHOD.get(method.getDeclaringClass().getSimpleName() + "." + method.getName() + "."
                + parameter.getName());
        return Optional.ofNullable(byMethod != null ? byMethod : BY_NAME.get(parameter.getName()));
    }

    /** Whether the method takes the id of one of the record kinds, by name or inside an argument. */
    static boolean takesARecordId(Method method) {
        for (Parameter p : method.getParameters()) {
            if (kindOf(method, p).isPresent() || CARRIERS.contains(p.getType())
                    && !(p.getType() == Map.class && !p.getName().equals("seen"))) {
                return true;
            }
        }
        return false;
    }

    Object[] of(Method method) {
        Parameter[] parameters = method.getParameters();
        Kind first = null;
        for (Parameter p : parameters) {
            if (first == null) {
                first = kindOf(method, p).orElse(null);
            }
        }
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = value(method, parameters[i], first);
        }
        return values;
    }

    private Object value(Method method, Parameter p, Kind first) {
        Class<?> type = p.getType();
        String name = p.getName();
        Optional<Kind> kind = kindOf(method, p);
        if (kind.isPresent()) {
            long id = ids.get(kind.get());
            return Collection.class.isAssignableFrom(type) ? List.of(id) : id;
        }
        if (name.equals("expectedVersion") || name.equals("version")) {
            return versions.getOrDefault(first, 0L);
        }
        if (name.equals("seen")) {
            return Map.of(ids.get(Kind.TASK), versions.get(Kind.TASK));
        }
        if (name.equals("needCategoryId")) {
            return categoryId;
        }
        if (name.equals("revisionNo") || name.equals("baseRevision")) {
            return 1;
        }
        return byType(type);
    }

    private Object byType(Class<?> type) {
        if (type == long.class) {
            return 1L;
        }
        if (type == int.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "Sweep";
        }
        if (type == LocalDate.class) {
            return today;
        }
        if (type == Locale.class) {
            return Locale.forLanguageTag("nl-NL");
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 20);
        }
        if (type == TaskStatus.class) {
            return TaskStatus.GEDAAN;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (List.class.isAssignableFrom(type) || Collection.class == type) {
            return List.of();
        }
        if (Set.class.isAssignableFrom(type)) {
            return Set.of();
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        return data(type);
    }

    /** A valid value of each data record the services take. */
    private Object data(Class<?> type) {
        long client = ids.get(Kind.CLIENT);
        long member = ids.get(Kind.MEMBER);
        if (type == ClientData.class) {
            return new ClientData("Sweep", "Sweep", LocalDate.of(1940, 1, 1), "Straat 1", "7913 KH", "Heideveen", null,
                    null, ClientStatus.ACTIEF, Set.of(), null, null);
        }
        if (type == NetworkMemberData.class) {
            return new NetworkMemberData("Sweep", Relation.BUUR, null, null, null, Set.of(), "Maandag", false, null);
        }
        if (type == ConsentData.class) {
            return ConsentData.of(ConsentRecipient.TEAM, today, ConsentManner.MONDELING);
        }
        if (type == BurdenCheckInData.class) {
            return new BurdenCheckInData(today, 5, null, null, null, false, null, null);
        }
        if (type == NeedData.class) {
            return new NeedData(categoryId, "Sweep", "Wekelijks", null, Urgency.NORMAAL, NeedSource.CLIENT, false);
        }
        if (type == MdoData.class) {
            return new MdoData(today, "Sweep", "Sweep", "Sweep");
        }
        if (type == WaitingListData.class) {
            return new WaitingListData(today, WaitingListType.ANDERS, WaitingUrgency.NORMAAL, null,
                    WaitingStatus.WENSWACHTEND);
        }
        if (type == VolunteerData.class) {
            return new VolunteerData("Sweep", null, null, "Zuiderpark", Set.of(categoryId), Set.of(), 1, today,
                    VolunteerStatus.ACTIEF, null, false, null, null);
        }
        if (type == AgreementItem.class) {
            return new AgreementItem(null, "Sweep", categoryId, SupportRung.EIGEN_NETWERK, member, null, null,
                    "Wekelijks", null, null, null, null);
        }
        if (type == PlanContent.class) {
            return new PlanContent("Sweep", "Sweep", "Sweep", null, List.of(), List.of(), null, null, null);
        }
        if (type == Proposal.class) {
            return new Proposal(SupportRung.EIGEN_NETWERK, member, "Sweep", Reason.of("sweep"), false);
        }
        if (type == ReportPeriod.class) {
            return new ReportPeriod(today.minusYears(1), today);
        }
        if (type == NewTask.class) {
            return new NewTask(client, "Sweep", null, today.plusDays(1), null);
        }
        if (type == TaskService.Undo.class) {
            return new TaskService.Undo(ids.get(Kind.TASK), versions.get(Kind.TASK), TaskStatus.OPEN, null, null);
        }
        return null; // listed by the sweep as called with nothing for this parameter
    }
}
