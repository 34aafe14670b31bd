package nl.samenplan.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface SettingRepository extends JpaRepository<Setting, String> {
}
