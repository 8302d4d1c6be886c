package io.pxportal.shared.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user (Envers instantiates this class itself, not Spring). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(AuditActor.current());
    }
}
