import { theme as antdTheme, type ThemeConfig } from 'antd';

type Derivative = Extract<NonNullable<ThemeConfig['algorithm']>, (...args: never[]) => unknown>;

/**
 * The text shade (antd writes a preset tag's text in its 7th shade) of each preset colour whose
 * own 7th shade reads below 4.5:1 on its tag background. antd derives the shades from seeds, so
 * they are set after its default algorithm.
 */
const readableTagText: Derivative = (seed, map) => ({
  ...(map ?? antdTheme.defaultAlgorithm(seed)),
  green7: '#237804',
  cyan7: '#006d75',
  orange7: '#ad4e00',
  gold7: '#874d00',
  volcano7: '#ad2102',
  lime7: '#3f6600',
});

/**
 * The bureau's theme, tuned to WCAG 2.1 AA: every text colour reaches 4.5:1 on the white and light
 * grey surfaces antd draws it on (antd's defaults leave secondary text at 3.4:1, links at 4.1:1,
 * placeholders at 1.8:1 and coloured tags near 3.3:1), and the focus outline reaches 3:1.
 */
export const theme: ThemeConfig = {
  algorithm: [antdTheme.defaultAlgorithm, readableTagText],
  token: {
    colorPrimary: '#b8312f',
    // Hovered and pressed primary buttons keep white text readable (antd lightens them).
    colorPrimaryHover: '#9c2725',
    colorPrimaryActive: '#861f1d',
    // The focus outline of buttons, menu items and checkboxes (antd draws it in this colour).
    colorPrimaryBorder: '#b8312f',
    // The ring round a focused input, select or date picker (antd's is 10% primary, near invisible).
    controlOutline: 'rgba(184, 49, 47, 0.7)',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#707070',
    // Status colours (status tags, danger text, form errors) dark enough for text, on their
    // usual light backgrounds.
    colorSuccess: '#237804',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#874d00',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorError: '#cf1322',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
  },
};
