package nl.samenplan.security;

import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Tweestapsverificatie" in Mijn account: my own second factor, set up, confirmed, switched off. */
@Service
@Transactional
public class SecondFactorService {

    private final SecondFactorStore store;
    private final LoginSteps loginSteps;

    SecondFactorService(SecondFactorStore store, LoginSteps loginSteps) {
        this.store = store;
        this.loginSteps = loginSteps;
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    @Transactional(readOnly = true)
    public Status myStatus() {
        CurrentUser me = CurrentUser.require();
        boolean required = loginSteps.isSecondFactorRequired(me.role());
        return new Status(store.isOn(me.userId()), required, store.recoveryCodesLeft(me.userId()));
    }

    /** A new secret to put in the authenticator app (QR code and text); not on until confirmed with a first code. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    public SecondFactorEnrolment beginEnrolment() {
        CurrentUser me = CurrentUser.require();
        return store.begin(me.userId(), me.getUsername());
    }

    /** Confirms with the app's first code: on from now on; the ten recovery codes come back this once. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    @LogsAccess(AccessEventType.SECOND_FACTOR_ENROLLED)
    public RecoveryCodes confirmEnrolment(String code) {
        return new RecoveryCodes(store.confirm(CurrentUser.require().userId(), code));
    }

    /** Switches my second factor off, with a current code; refused where the setting requires one for my role. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    @LogsAccess(AccessEventType.SECOND_FACTOR_REMOVED)
    public void removeMine(String code) {
        CurrentUser me = CurrentUser.require();
        if (loginSteps.isSecondFactorRequired(me.role())) {
            throw new BusinessRuleException("error.secondFactor.required");
        }
        if (!store.checkCode(me.userId(), code)) {
            throw new BusinessRuleException("error.secondFactor.wrongCode");
        }
        store.remove(me.userId());
    }

    /** Whether my second factor is on, whether my role requires one, and how many recovery codes are left. */
    public record Status(boolean on, boolean required, long recoveryCodesLeft) {
    }

    /** The ten recovery codes, in plain text only in this answer. */
    public record RecoveryCodes(List<String> codes) {

        public RecoveryCodes {
            codes = List.copyOf(codes);
        }

        @Override
        public String toString() {
            return "RecoveryCodes[" + codes.size() + " hidden]";
        }
    }
}
