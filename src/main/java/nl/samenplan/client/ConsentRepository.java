package nl.samenplan.client;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    /** A client's consents, the active ones first, then the newest (index uq_consent_active starts with client_id). */
    @Query("""
            select c from Consent c where c.clientId = :clientId
            order by case when c.withdrawnOn is null then 0 else 1 end, c.givenOn desc, c.id desc
            """)
    List<Consent> ofClient(@Param("clientId") long clientId);

    Optional<Consent> findByIdAndClientId(long id, long clientId);

    @Query("""
            select count(c) > 0 from Consent c
            where c.clientId = :clientId and c.recipient = :recipient and c.withdrawnOn is null
              and (:memberId is null or c.networkMemberId = :memberId)
            """)
    boolean active(@Param("clientId") long clientId, @Param("recipient") ConsentRecipient recipient,
            @Param("memberId") Long memberId);
}
