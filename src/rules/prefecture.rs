//! The 47 prefectures, read from `data/prefectures.toml`, and the ways a
//! worker or an operator may name one: JIS code, English or Japanese name.

use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Prefecture {
    /// JIS X 0401 code, 1 (Hokkaido) to 47 (Okinawa).
    pub code: u8,
    /// One of the eight customary regions, to offer prefectures a few at a time.
    pub region: String,
    pub en: String,
    /// Full Japanese name with its suffix: 東京都, 愛知県.
    pub ja: String,
    /// Other ways to write the name: kana, romanization variants, other scripts.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Prefectures {
    all: Vec<Prefecture>,
}

impl Prefectures {
    pub fn new(all: Vec<Prefecture>) -> Self {
        Self { all }
    }

    pub fn all(&self) -> &[Prefecture] {
        &self.all
    }

    pub fn by_code(&self, code: u8) -> Option<&Prefecture> {
        self.all.iter().find(|p| p.code == code)
    }

    /// Finds a prefecture by `13`, `tokyo`, `Tokyo-to`, `東京都` or `東京`.
    pub fn find(&self, name: &str) -> Option<&Prefecture> {
        let name = name.trim();
        if let Ok(code) = name.parse::<u8>() {
            return self.by_code(code);
        }
        let lower = name.to_lowercase();
        let english = ["-to", "-fu", "-ken", " prefecture", " pref.", " pref"]
            .iter()
            .find_map(|suffix| lower.strip_suffix(suffix))
            .unwrap_or(&lower);
        let compact = |s: &str| s.to_lowercase().replace([' ', '-'], "");
        self.all.iter().find(|p| {
            p.en.to_lowercase() == english
                || p.ja == name
                || short_japanese(&p.ja) == Some(name)
                || p.aliases.iter().any(|alias| compact(alias) == compact(name) || compact(alias) == compact(english))
        })
    }
}

/// 東京都 → 東京, 愛知県 → 愛知. 北海道 has no short form: 北海 is not used.
fn short_japanese(full: &str) -> Option<&str> {
    if full == "北海道" {
        return None;
    }
    full.strip_suffix(['都', '府', '県'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Prefectures {
        Prefectures::new(vec![
            Prefecture {
                code: 1,
                region: "hokkaido".into(),
                en: "Hokkaido".into(),
                ja: "北海道".into(),
                aliases: vec![],
            },
            Prefecture {
                code: 13,
                region: "kanto".into(),
                en: "Tokyo".into(),
                ja: "東京都".into(),
                aliases: vec!["とうきょう".into(), "Tōkyō".into(), "东京".into()],
            },
            Prefecture {
                code: 26, region: "kinki".into(), en: "Kyoto".into(), ja: "京都府".into(), aliases: vec![]
            },
        ])
    }

    #[test]
    fn finds_by_code_english_and_japanese() {
        let all = sample();
        for name in ["13", "tokyo", "TOKYO", "Tokyo-to", "東京都", "東京", "Tokyo Prefecture"] {
            assert_eq!(all.find(name).map(|p| p.code), Some(13), "{name}");
        }
        assert_eq!(all.find("京都").map(|p| p.code), Some(26));
        for alias in ["とうきょう", "tōkyō", "TŌKYŌ", "东京"] {
            assert_eq!(all.find(alias).map(|p| p.code), Some(13), "{alias}");
        }
        assert_eq!(all.find("北海道").map(|p| p.code), Some(1));
        assert_eq!(all.find("北海"), None);
        assert_eq!(all.find("48"), None);
        assert_eq!(all.find("Atlantis"), None);
    }
}
