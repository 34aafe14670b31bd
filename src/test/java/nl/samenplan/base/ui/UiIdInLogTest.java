package nl.samenplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.samenplan.base.LogContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A Vaadin request of a UI names the UI in its log lines while it is handled, and only then. */
class UiIdInLogTest {

    private final VaadinObservability.UiIdInLog interceptor = new VaadinObservability.UiIdInLog();

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @Test
    void vaadin_is_given_the_interceptor_when_its_service_starts() {
        ServiceInitEvent event = new ServiceInitEvent(mock(VaadinService.class));

        new VaadinObservability(new SimpleMeterRegistry()).serviceInit(event);

        assertThat(event.getAddedVaadinRequestInterceptor()).hasAtLeastOneElementOfType(
                VaadinObservability.UiIdInLog.class);
    }

    @Test
    void a_uidl_request_of_ui_3_puts_its_id_in_the_log_context_until_it_ends() {
        VaadinRequest uidl = request("3");

        interceptor.requestStart(uidl, null);
        assertThat(MDC.get(LogContext.UI_ID)).isEqualTo("3");

        interceptor.requestEnd(uidl, null, null);
        assertThat(MDC.get(LogContext.UI_ID)).isNull();
    }

    @Test
    void a_request_without_a_ui_or_with_a_strange_one_names_none() {
        interceptor.requestStart(request(null), null);
        assertThat(MDC.get(LogContext.UI_ID)).isNull();

        interceptor.requestStart(request("3\"}{\"userId\":\"1"), null);
        assertThat(MDC.get(LogContext.UI_ID)).isNull();
    }

    private static VaadinRequest request(String uiId) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter("v-uiId")).thenReturn(uiId);
        return request;
    }
}
