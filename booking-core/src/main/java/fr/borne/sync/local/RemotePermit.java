package fr.borne.sync.local;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.util.List;

/**
 * One permit of a visitor looked up at central, with the detainee it names, where that
 * detainee is held (name, address, parloir phone line and its hours, T5) and who may come
 * along (the other holders of an active permit for the same detainee, B2).
 */
public record RemotePermit(Permit permit, Detainee detainee, Establishment establishment, List<Visitor> companions) {

    public RemotePermit {
        companions = companions == null ? List.of() : List.copyOf(companions);
    }
}
