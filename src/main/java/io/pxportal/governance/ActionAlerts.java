package io.pxportal.governance;

import io.pxportal.shared.alert.AlertLink;
import io.pxportal.shared.alert.AlertSource;
import io.pxportal.shared.alert.ExpectedAlert;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An open steering action past its due date alerts its owner until it is done or cancelled. */
@Component
class ActionAlerts implements AlertSource {

    static final String SUBJECT = "steering-action";

    private final SteeringActionRepository actions;

    ActionAlerts(SteeringActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExpectedAlert> expected(LocalDate today) {
        return actions.overdue(today).stream().map(a -> new ExpectedAlert(a.getOwner(), "ACTION_OVERDUE", a.getId(),
                a.getTitle(), a.getDueOn())).toList();
    }

    @Override
    public AlertLink link(Long actionId) {
        return new AlertLink("my-actions", Map.of());
    }
}
