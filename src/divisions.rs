//! 宿州's county-level divisions and townships (`data/suzhou-divisions.json`), and the area
//! type a township suggests. Display and routing only: no rule depends on the district.

use crate::policy::Area;

mod data {
    include!(concat!(env!("OUT_DIR"), "/divisions.rs"));
}

/// One of the five county-level divisions of 宿州 (区/县).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct District {
    pub code: u32,
    pub name: &'static str,
}

/// A township-level unit (街道/镇/乡, or a development zone) inside a district.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Township {
    pub code: u32,
    pub district: u32,
    pub name: &'static str,
}

/// 埇桥区, the district of 宿州's city proper (宿州市城区); the other four are counties.
pub const YONGQIAO: u32 = 341302;

pub fn districts() -> impl Iterator<Item = District> {
    data::DIVISIONS
        .iter()
        .map(|&(code, name)| District { code, name })
}

pub fn district(code: u32) -> Option<District> {
    districts().find(|d| d.code == code)
}

pub fn townships(district: u32) -> impl Iterator<Item = Township> {
    data::TOWNSHIPS
        .iter()
        .filter(move |t| t.1 == district)
        .map(|&(code, district, name)| Township {
            code,
            district,
            name,
        })
}

pub fn township(code: u32) -> Option<Township> {
    data::TOWNSHIPS
        .iter()
        .find(|t| t.0 == code)
        .map(|&(code, district, name)| Township {
            code,
            district,
            name,
        })
}

/// The kind of township, from its statistical code (digits 7–9: 001–099 街道, 100–199 镇,
/// 200–399 乡, 400+ development zones and other units).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TownshipKind {
    Subdistrict,
    Town,
    Township,
    Other,
}

impl Township {
    pub fn kind(&self) -> TownshipKind {
        match self.code % 1000 {
            1..=99 => TownshipKind::Subdistrict,
            100..=199 => TownshipKind::Town,
            200..=399 => TownshipKind::Township,
            _ => TownshipKind::Other,
        }
    }

    /// The area type this township suggests, by the app's own definitions (市区: the city's
    /// 街道 and 社区; 城镇: 县城 and 建制镇; 农村: 乡 and 村): a 街道 of 埇桥区 (the city proper,
    /// the development zones' 街道 included) → 市区; a 街道 of a county (its county seat) →
    /// 城镇; a 镇 → 城镇; a 乡 → 农村. Other units (development zones) suggest nothing; the
    /// customer chooses (and may pick 中心区 for the city centre).
    pub fn suggested_area(&self) -> Option<Area> {
        match self.kind() {
            TownshipKind::Subdistrict if self.district == YONGQIAO => Some(Area::Urban),
            TownshipKind::Subdistrict => Some(Area::Town),
            TownshipKind::Town => Some(Area::Town),
            TownshipKind::Township => Some(Area::Rural),
            TownshipKind::Other => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_divisions_in_code_order() {
        let names: Vec<_> = districts().map(|d| d.name).collect();
        assert_eq!(names, ["埇桥区", "砀山县", "萧县", "灵璧县", "泗县"]);
        assert_eq!(district(341302).map(|d| d.name), Some("埇桥区"));
        assert_eq!(district(341371), None, "functional zones are not divisions");
    }

    #[test]
    fn every_township_belongs_to_one_of_the_five() {
        let total: usize = districts().map(|d| townships(d.code).count()).sum();
        assert_eq!(total, 122);
        for d in districts() {
            assert!(townships(d.code).count() > 5, "{}", d.name);
        }
        // The zones' townships are listed under 埇桥区 with the zone's name.
        let jinhai = township(341372001).expect("金海街道");
        assert_eq!(jinhai.district, 341302);
        assert_eq!(jinhai.name, "金海街道（宿州经济技术开发区）");
    }

    #[test]
    fn suggestions_follow_the_kind_of_township() {
        let t = |c| township(c).expect("known").suggested_area();
        assert_eq!(t(341302001), Some(Area::Urban)); // 埇桥街道
        assert_eq!(t(341302100), Some(Area::Town)); // 符离镇
        assert_eq!(t(341302111), Some(Area::Town)); // 大泽乡镇 is a 镇 despite its name
        assert_eq!(t(341302209), Some(Area::Rural)); // 北杨寨乡
        assert_eq!(t(341322204), Some(Area::Rural)); // 石林乡
        assert_eq!(t(341302402), None); // 高新区
                                        // A county seat's 街道 is 县城: 城镇, not 市区 (萧县 and 泗县 have 街道).
        assert_eq!(t(341322001), Some(Area::Town)); // 凤城街道, 萧县
        assert_eq!(t(341324001), Some(Area::Town)); // 运河街道, 泗县
        let mut county_subdistricts = 0;
        for d in districts().filter(|d| d.code != YONGQIAO) {
            for tw in townships(d.code).filter(|tw| tw.kind() == TownshipKind::Subdistrict) {
                county_subdistricts += 1;
                assert_eq!(tw.suggested_area(), Some(Area::Town), "{}", tw.name);
            }
        }
        assert_eq!(county_subdistricts, 6);
        assert_eq!(t(341372001), Some(Area::Urban)); // 金海街道 (经开区, in 埇桥区)
    }
}
