package io.pxportal.identity;

import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;

/** Why the portal ended a UI session by itself; the login page tells the user once. */
public enum SessionEnd {

    /** An admin disabled the account (or removed it). */
    DISABLED,
    /** The password was changed elsewhere: by an admin, or by the user in another browser. */
    PASSWORD_CHANGED;

    static final String ATTRIBUTE = SessionEnd.class.getName();

    /** The message key the login page shows. */
    public String messageKey() {
        return this == DISABLED ? "login.ended.disabled" : "login.ended.password-changed";
    }

    /** The reason left in the new, anonymous session, removed so that it is shown only once. */
    public static Optional<SessionEnd> takeFrom(WrappedSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof SessionEnd end)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(end);
    }
}
