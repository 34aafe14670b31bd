package nl.samenplan.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface SecondFactorRepository extends JpaRepository<SecondFactor, Long> {
}
