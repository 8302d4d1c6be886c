package io.pxportal.governance;

import io.pxportal.shared.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who may change an action's status beyond the steering committee and admins: the person it is assigned to. */
@Component("actionAccess")
@Transactional(readOnly = true)
public class ActionAccess {

    private final SteeringActionRepository actions;

    ActionAccess(SteeringActionRepository actions) {
        this.actions = actions;
    }

    public boolean canEdit(Long actionId) {
        return actionId != null
                && CurrentUser.username()
                        .flatMap(me ->
                                actions.findById(actionId).map(a -> a.getOwner().equals(me)))
                        .orElse(false);
    }
}
