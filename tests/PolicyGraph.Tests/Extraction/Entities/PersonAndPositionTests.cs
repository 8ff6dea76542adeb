using PolicyGraph.Extraction;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class PersonAndPositionTests
{
    public static TheoryData<string, string, string[], string[]> Sentences() => new()
    {
        { "市政府副秘书长，市投资促进局党组书记、局长杨柳表示，要抓好落实。", "天津市", new string[] { "杨柳@21" }, new string[] { "杨柳|党组书记|天津市投资促进局", "杨柳|副秘书长|天津市人民政府", "杨柳|局长|天津市投资促进局" } },
        { "天津港集团副总裁杨杰敏表示，将推动港口数字化转型。", "天津市", new string[] { "杨杰敏@8" }, new string[] { "杨杰敏|副总裁|天津港集团" } },
        { "省委副书记、省长王凯出席开幕式并致辞。", "河南省", new string[] { "王凯@8" }, new string[] { "王凯|副书记|中共河南省委员会", "王凯|省长|河南省人民政府" } },
        { "县委副书记、代县长欧阳志远在开幕式上致辞。", "江西省修水县", new string[] { "欧阳志远@9" }, new string[] { "欧阳志远|代县长|修水县人民政府", "欧阳志远|副书记|中共修水县委员会" } },
        { "京冀智造（保定）科技有限公司董事长兼总经理白云飞说。", "河北省保定市", new string[] { "白云飞@21" }, new string[] { "白云飞|总经理|京冀智造（保定）科技有限公司", "白云飞|董事长|京冀智造（保定）科技有限公司" } },
        { "芯光微电子（武汉）有限公司党委副书记、总经理韦俊峰表示，公司将加大投入。", "湖北省武汉市", new string[] { "韦俊峰@22" }, new string[] { "韦俊峰|党委副书记|芯光微电子（武汉）有限公司", "韦俊峰|总经理|芯光微电子（武汉）有限公司" } },
        { "华润置地有限公司副董事长张伟，财务总监李娜出席签约仪式。", "", new string[] { "张伟@12", "李娜@19" }, new string[] { "张伟|副董事长|华润置地有限公司", "李娜|财务总监|华润置地有限公司" } },
        { "省发展改革委近日召开专题会议。该委主任刘洋表示，将加快推进重大项目建设。", "河南省", new string[] { "刘洋@19" }, new string[] { "刘洋|主任|河南省发展和改革委员会" } },
        { "县农业农村局党组书记、局长方圆说，方圆十几里都是茶园。据方圆介绍，今年新建茶园1万亩。方局长表示，将继续推广。", "江西省修水县", new string[] { "方圆@13", "方圆@28", "方局长@43" }, new string[] { "方圆|党组书记|修水县农业农村局", "方圆|局长|修水县农业农村局" } },
        { "副市长江山在开幕式上表示，要推动长江经济带高质量发展。", "重庆市", new string[] { "江山@3" }, new string[] { "江山|副市长|重庆市人民政府" } },
        { "自治区商务厅党组书记、厅长艾尔肯·吐尔逊说，论坛成果丰硕。", "新疆维吾尔自治区", new string[] { "艾尔肯·吐尔逊@13" }, new string[] { "艾尔肯·吐尔逊|党组书记|新疆维吾尔自治区商务厅", "艾尔肯·吐尔逊|厅长|新疆维吾尔自治区商务厅" } },
        { "2024中国·修水宁红茶产业发展大会在我县开幕。大家纷纷表示，要抓住机遇。", "江西省修水县", new string[0], new string[0] },
        { "区委常委、副区长杨帆在致辞中表示，浦东将主动服务国家战略。", "上海市浦东新区", new string[] { "杨帆@8" }, new string[] { "杨帆|副区长|上海市浦东新区人民政府", "杨帆|常委|中共上海市浦东新区委员会" } },
        { "习近平主席向2024世界智能产业博览会致贺信。", "天津市", new string[] { "习近平@0" }, new string[] { "习近平|主席|中华人民共和国" } },
        { "中国工程院院士、东湖科技大学教授严敬之在主旨报告中指出，要加强基础研究。", "湖北省武汉市", new string[] { "严敬之@16" }, new string[] { "严敬之|教授|东湖科技大学", "严敬之|院士|中国工程院" } },
        { "在重庆江海港务集团有限公司展位，观众驻足。“我们正在加快推进。”集团党委书记、董事长许长林说。", "重庆市", new string[] { "许长林@42" }, new string[] { "许长林|党委书记|重庆江海港务集团有限公司", "许长林|董事长|重庆江海港务集团有限公司" } },
        { "云遥宇航董事长李峰辉表示：“我们充满信心。”", "天津市", new string[] { "李峰辉@7" }, new string[] { "李峰辉|董事长|云遥宇航" } },
        { "天津自贸试验区管委会办公室副主任唐中赋表示，将深化改革。", "天津市", new string[] { "唐中赋@16" }, new string[] { "唐中赋|副主任|天津自贸试验区管委会办公室" } },
        { "正在茶园里采茶的村民卢秀英今年58岁。“日子越过越有奔头。”卢秀英笑着说。", "江西省修水县", new string[] { "卢秀英@10", "卢秀英@30" }, new string[0] },
        { "省委教育工委委员、省教育厅副厅长郗建林到会指导。", "河南省", new string[] { "郗建林@16" }, new string[] { "郗建林|副厅长|河南省教育厅", "郗建林|委员|中共河南省委教育工作委员会" } },
        { "18岁的跳水小将何彦霖则表示，第一次参加全运会。", "四川省", new string[] { "何彦霖@8" }, new string[0] },
        { "在霞关镇，渔船正在有序进港避风。“接到通知我们就回来了。”渔民方金水说。", "浙江省温州市苍南县", new string[] { "方金水@31" }, new string[0] },
        { "返乡创业青年古晓燕正对着镜头介绍脐橙。", "江西省赣州市寻乌县", new string[] { "古晓燕@6" }, new string[0] },
        { "（记者 钱程）\n责任编辑：谭雪", "安徽省合肥市", new string[0], new string[0] },
        { "市科协党组成员、副主席罗进飞表示，市科协将抢抓机遇。", "天津市", new string[] { "罗进飞@11" }, new string[] { "罗进飞|党组成员|天津市科学技术协会", "罗进飞|副主席|天津市科学技术协会" } },
        { "唐宇航，男，汉族，1976年3月生，现任四川省发展和改革委员会副主任。", "四川省", new string[] { "唐宇航@0" }, new string[] { "唐宇航|副主任|四川省发展和改革委员会" } },
        { "公示如下：\n阿苦日哈，男，彝族，1979年6月生，现任凉山州人民政府副州长。", "四川省", new string[] { "阿苦日哈@6" }, new string[] { "阿苦日哈|副州长|凉山彝族自治州人民政府" } },
        { "凉山州委书记王明说，甘孜州人民政府州长张强表示，要抓好落实。", "四川省", new string[] { "王明@6", "张强@19" }, new string[] { "张强|州长|甘孜藏族自治州人民政府", "王明|书记|中共凉山彝族自治州委员会" } },
        { "市委常委、龙岩军分区政治委员傅卫东，龙岩军分区司令员温志刚出席。", "福建省龙岩市", new string[] { "傅卫东@14", "温志刚@26" },
            new string[] { "傅卫东|常委|中共龙岩市委员会", "傅卫东|政治委员|龙岩军分区", "温志刚|司令员|龙岩军分区" } },
        { "县委、县政府将秸秆禁烧纳入考评。汲冢镇镇长谷雨辰说，镇里组织巡查。", "河南省周口市郸城县", new string[] { "谷雨辰@21" },
            new string[] { "谷雨辰|镇长|郸城县汲冢镇人民政府" } },
        { "名单如下：\n\n姓名　工作单位　职务（工种）\n\n何劲松　四川蜀峰重型装备有限公司　首席技师\n\n陈丽　成都锦城轨道交通装备有限公司　高级技师", "四川省",
            new string[] { "何劲松@23", "陈丽@46" },
            new string[] { "何劲松|首席技师|四川蜀峰重型装备有限公司", "陈丽|高级技师|成都锦城轨道交通装备有限公司" } },
        { "名单如下：\n　　丁一鸣　常州恒泰精密轴承股份有限公司董事长\n　　吴佩琳　江苏龙城智能装备集团有限公司董事长兼总裁\n　　蒋雨辰  常州智链云科技有限公司首席执行官\n　　会上，企业家代表发言。", "江苏省常州市",
            new string[] { "丁一鸣@8", "吴佩琳@32", "蒋雨辰@59" },
            new string[] { "丁一鸣|董事长|常州恒泰精密轴承股份有限公司", "吴佩琳|总裁|江苏龙城智能装备集团有限公司", "吴佩琳|董事长|江苏龙城智能装备集团有限公司", "蒋雨辰|首席执行官|常州智链云科技有限公司" } },
        { "获得者（按姓氏笔画排序）：\n马骁腾（西南科技大学材料与化学学院教授）\n任志鹏（绵阳市中心医院主任医师）\n杨正清（四川盛川数控机床有限公司高级技师）", "四川省绵阳市",
            new string[] { "马骁腾@14", "任志鹏@35", "杨正清@52" },
            new string[] { "任志鹏|主任医师|绵阳市中心医院", "杨正清|高级技师|四川盛川数控机床有限公司", "马骁腾|教授|西南科技大学材料与化学学院" } },
        { "省政协常委、民进江苏省委副主委邵宏亮建议，要加强养老服务。", "江苏省", new string[] { "邵宏亮@15" }, new string[] { "邵宏亮|副主委|中国民主促进会江苏省委员会", "邵宏亮|常委|中国人民政治协商会议江苏省委员会" } },
        { "市委常委、常务副市长罗建中出席大会并致辞。", "安徽省合肥市", new string[] { "罗建中@10" }, new string[] { "罗建中|常务副市长|合肥市人民政府", "罗建中|常委|中共合肥市委员会" } },        { "市投资促进局杨柳局长在会上表示，要抓好落实。", "天津市", new string[] { "杨柳@6" }, new string[] { "杨柳|局长|天津市投资促进局" } },
        { "国家主席习近平24日上午在人民大会堂举行仪式。", "北京市", new string[] { "习近平@4" }, new string[] { "习近平|国家主席|中华人民共和国" } },
        { "中共中央政治局委员、中央外事工作委员会办公室主任王毅等出席欢迎仪式。", "北京市", new string[] { "王毅@24" }, new string[] { "王毅|主任|中央外事工作委员会办公室", "王毅|委员|中国共产党中央委员会政治局" } },

        // A unit between an organisation and its title is where the title is held (part of the organisation); a
        // function before a company title is the title's (营销总监); an organisation only the model finds still
        // carries the title after it (图为|北京保监局); 国务委员 is the State Council's whatever precedes it.
        { "国家发展改革委财政金融司副司长曹文炼此间参加会议。", "", new string[] { "曹文炼@15" }, new string[] { "曹文炼|副司长|国家发展和改革委员会财政金融司" } },
        { "交通银行零售信贷管理部副总经理王学武向记者表示。", "", new string[] { "王学武@15" }, new string[] { "王学武|副总经理|交通银行零售信贷管理部" } },
        { "北京龙湖置业有限公司营销总监邹墨远出席。", "", new string[] { "邹墨远@14" }, new string[] { "邹墨远|营销总监|北京龙湖置业有限公司" } },
        { "2月初商务部副部长蒋耀平率调研组赴深圳调研。", "", new string[] { "蒋耀平@9" }, new string[] { "蒋耀平|副部长|中华人民共和国商务部" } },
        { "图为北京保监局局长丁小燕发言。", "北京市", new string[] { "丁小燕@9" }, new string[] { "丁小燕|局长|北京保监局" } },
        { "人力资源和社会保障部党组书记张纪南出席。", "", new string[] { "张纪南@14" }, new string[] { "张纪南|党组书记|中华人民共和国人力资源和社会保障部" } },
        { "国务委员兼国务院秘书长王勇出席。", "", new string[] { "王勇@11" }, new string[] { "王勇|国务委员|中华人民共和国国务院", "王勇|秘书长|中华人民共和国国务院" } },

        // A chain right after a name that ended its own chain shares its organisation; a title after a name is the
        // name's, and lends nothing to a word after it; posts beside a name whose clause goes on to another name are
        // that name's.
        { "9月28日首都师范大学党委书记郑萼校长孟繁华看望劳模。", "", new string[] { "郑萼@15", "孟繁华@19" }, new string[] { "孟繁华|校长|首都师范大学", "郑萼|党委书记|首都师范大学" } },
        { "中国人民在习近平主席卓越领导下取得发展成就。", "", new string[] { "习近平@5" }, new string[] { "习近平|主席|中华人民共和国" } },
        { "习近平主席夫人彭丽媛，中共中央政治局委员、中央书记处书记、中央办公厅主任丁薛祥出席。", "", new string[] { "习近平@0", "彭丽媛@7", "丁薛祥@36" },
            new string[] { "丁薛祥|主任|中共中央办公厅", "丁薛祥|书记|中国共产党中央委员会书记处", "丁薛祥|委员|中国共产党中央委员会政治局", "习近平|主席|中华人民共和国" } },

        // A head is at the government of the place whose party committee the chain names, whatever the document's place.
        { "温州市委副书记、市长张文杰出席。", "浙江省杭州市", new string[] { "张文杰@10" }, new string[] { "张文杰|副书记|中共温州市委员会", "张文杰|市长|温州市人民政府" } },

        // An occupation right after an organisation is a post there; without one, or a resident's role, it is none.
        { "广东纵横天正律师事务所律师刘伟渊表示，要依法办事。", "", new string[] { "刘伟渊@13" }, new string[] { "刘伟渊|律师|广东纵横天正律师事务所" } },
        { "著名律师张三说，要依法办事。修水县竹坪村村民卢秀英说，日子好了。", "江西省修水县", new string[] { "张三@4", "卢秀英@22" }, new string[0] },

        // A company's short name before a title is the full name the article gives; 高级/执行 before 副 are the title's;
        // a function word after another mention starts the name.
        { "比亚迪股份有限公司签约。比亚迪高级副总裁李柯出席。深圳市工业和信息化局局长邱宣与比亚迪执行副总裁何志奇签约。", "广东省深圳市",
            new string[] { "李柯@20", "邱宣@37", "何志奇@48" },
            new string[] { "何志奇|执行副总裁|比亚迪股份有限公司", "李柯|高级副总裁|比亚迪股份有限公司", "邱宣|局长|深圳市工业和信息化局" } },

        { "据美国驻华大使馆副领事史建邦介绍，签证有效期延长。", "", new string[] { "史建邦@11" }, new string[] { "史建邦|副领事|美国驻华大使馆" } },

        // A special administrative region's chief executive holds the post at the region; 候任 designates.
        { "香港特区行政长官李家超表示欢迎。", "", new string[] { "李家超@8" }, new string[] { "李家超|行政长官|香港特别行政区" } },
        { "香港特别行政区行政长官林郑月娥表示，香港将融入国家发展大局。", "", new string[] { "林郑月娥@11" }, new string[] { "林郑月娥|行政长官|香港特别行政区" } },
        { "总书记高兴地回应说，日子越过越红火。", "", new string[0], new string[0] },
        { "中国驻希腊大使肖军正出席。", "", new string[] { "肖军正@7" }, new string[] { "肖军正|大使|中国驻希腊大使馆" } },
        { "法国总统马克龙表示欢迎。主席向马克龙致电。", "", new string[] { "马克龙@4", "马克龙@15" }, new string[] { "马克龙|总统|法国" } },
        { "澳门彩票公司行政总裁郭志豪、泰禾集团总裁助理沈力男出席。", "", new string[] { "郭志豪@10", "沈力男@22" }, new string[] { "沈力男|总裁助理|泰禾集团", "郭志豪|行政总裁|澳门彩票公司" } },

        // A place of the head's level before the title names its government; a civil-service rank is one title.
        { "偃师区区长吴金辉、郑州市长何雄参加调研。", "河南省洛阳市", new string[] { "吴金辉@5", "何雄@13" }, new string[] { "何雄|市长|郑州市人民政府", "吴金辉|区长|洛阳市偃师区人民政府" } },
        { "市政府党组成员、一级巡视员赵锋参加。", "河南省洛阳市", new string[] { "赵锋@13" }, new string[] { "赵锋|一级巡视员|洛阳市人民政府", "赵锋|党组成员|洛阳市人民政府" } },

        // A national title after a foreign name is not China's (瓦拉德卡总理); after a Chinese name it is (李强总理).
        { "爱尔兰的瓦拉德卡总理表示欢迎。", "", new string[] { "瓦拉德卡@4" }, new string[0] },
        { "李强总理表示欢迎。", "", new string[] { "李强@0" }, new string[] { "李强|总理|中华人民共和国国务院" } },
        // A party department or commission named bare after its committee's title is that committee's; a title read
        // across the end of an organisation's name is the rest of it (市纪委|书记).
        { "市委常委、宣传部部长王丽华出席。", "天津市", new string[] { "王丽华@10" }, new string[] { "王丽华|常委|中共天津市委员会", "王丽华|部长|中共天津市委员会宣传部" } },
        { "保定高新区党工委书记、管委会主任王强出席。", "河北省保定市", new string[] { "王强@16" }, new string[] { "王强|主任|保定高新区管委会", "王强|书记|保定高新区党工委" } },
        { "市委常委、市纪委书记、市监委主任王刚出席。", "天津市", new string[] { "王刚@16" }, new string[] { "王刚|主任|天津市监察委员会", "王刚|书记|中共天津市纪律检查委员会", "王刚|常委|中共天津市委员会" } },

        // A school names its two fields with 与 (not across a person's title); an academic title after the name is
        // held where the post before it is.
        { "南昌大学材料科学与工程学院副院长陈晓辉教授认为，要注重人才引进。", "", new string[] { "陈晓辉@16" }, new string[] { "陈晓辉|副院长|南昌大学材料科学与工程学院", "陈晓辉|教授|南昌大学材料科学与工程学院" } },
        // A town's party committee and government are read with the town's name; its head is at its government.
        { "马坳镇党委副书记、镇长吴强出席。", "江西省修水县", new string[] { "吴强@11" }, new string[] { "吴强|副书记|中共修水县马坳镇委员会", "吴强|镇长|修水县马坳镇人民政府" } },
        { "宁州镇镇长邓志华参加调研。", "江西省修水县", new string[] { "邓志华@5" }, new string[] { "邓志华|镇长|宁州镇人民政府" } },
        { "会议决定，由副省长李希任组长。", "", new string[] { "李希@9" }, new string[0] },
        { "省委书记许勤和省长胡昌升出席。", "黑龙江省", new string[] { "许勤@4", "胡昌升@9" }, new string[] { "胡昌升|省长|黑龙江省人民政府", "许勤|书记|中共黑龙江省委员会" } },

        // A foreign head's title reads the transliterated name after it and takes the country before it as a
        // government (once the words that open the clause are left out); no verb stands in a country's name.
        { "俄罗斯总统普京同习近平主席举行会谈。", "", new string[] { "普京@5", "习近平@8" }, new string[] { "习近平|主席|中华人民共和国", "普京|总统|俄罗斯" } },
        { "俄罗斯外长拉夫罗夫同王毅举行会谈。", "", new string[] { "拉夫罗夫@5", "王毅@10" }, new string[] { "拉夫罗夫|外长|俄罗斯" } },
        { "联合国秘书长古特雷斯表示，欢迎。", "", new string[] { "古特雷斯@6" }, new string[] { "古特雷斯|秘书长|联合国" } },
        { "此外，法国总统马克龙将访华。", "", new string[] { "马克龙@7" }, new string[] { "马克龙|总统|法国" } },
        { "此外法国总统马克龙将访华。", "", new string[] { "马克龙@6" }, new string[] { "马克龙|总统|法国" } },
        { "拜登总统向习近平主席致贺电。", "", new string[] { "习近平@5" }, new string[] { "习近平|主席|中华人民共和国" } },
        { "会议决定解除总统马克龙的职务。", "", new string[] { "马克龙@8" }, new string[0] },
        { "会后，财政部长姆努钦表示欢迎。", "", new string[] { "姆努钦@7" }, new string[0] },
        { "外交部副部长秦刚召开会议。", "", new string[] { "秦刚@6" }, new string[] { "秦刚|副部长|中华人民共和国外交部" } },

        // A leader's name inside a clause, after the verb governing it; no name starts with 关于 or 时隔, and the
        // words before a title are no organisation when they hold such a verb.
        { "深入学习贯彻习近平总书记关于“三农”工作的重要论述。", "北京市", new string[] { "习近平@6" }, new string[] { "习近平|总书记|中国共产党中央委员会" } },
        { "习近平主席时隔6年再次访美。", "北京市", new string[] { "习近平@0" }, new string[] { "习近平|主席|中华人民共和国" } },
        { "牢记习近平总书记关于湖南工作的重要讲话。", "湖南省", new string[] { "习近平@2" }, new string[] { "习近平|总书记|中国共产党中央委员会" } },
        { "会见古巴国家主席并举行会谈。", "北京市", new string[0], new string[0] },

        // A verb ends a name read after a title, dotted or not: 致电 is no part of 唐纳德·特朗普.
        { "国家主席习近平致电唐纳德·特朗普，祝贺他当选美国总统。", "北京市", new string[] { "习近平@4" }, new string[] { "习近平|国家主席|中华人民共和国" } },

        // The ruling parties of the other socialist states are party bodies under their standard names, and a
        // 国家主席 after one of them is that state's; a hyphen joins a double name as the dot does.
        { "习近平同越共中央总书记、国家主席阮富仲举行会谈。", "北京市", new string[] { "阮富仲@16" }, new string[] { "阮富仲|国家主席|越南", "阮富仲|总书记|越南共产党中央委员会" } },
        { "古共中央第一书记、国家主席迪亚斯－卡内尔发来贺电。", "北京市", new string[] { "迪亚斯－卡内尔@13" }, new string[] { "迪亚斯－卡内尔|国家主席|古巴", "迪亚斯－卡内尔|第一书记|古巴共产党中央委员会" } },

        // A chief of rivers written after its level is at that level's government, as the governor is (河长制).
        { "省长、省总河长郑剑锋赴九江市巡查。", "江西省", new string[] { "郑剑锋@7" }, new string[] { "郑剑锋|总河长|江西省人民政府", "郑剑锋|省长|江西省人民政府" } },

        // A professional's grade or field is an occupation at the company before it; a board's chair is a title.
        { "常州恒瑞精密机械有限公司高级工程师张建国说。", "江苏省常州市", new string[] { "张建国@17" }, new string[] { "张建国|高级工程师|常州恒瑞精密机械有限公司" } },
        { "香港新鸿盛投资控股有限公司董事局副主席罗慧珊说。", "广东省江门市", new string[] { "罗慧珊@19" }, new string[] { "罗慧珊|董事局副主席|香港新鸿盛投资控股有限公司" } },

        // A bare 集团 is the group, not a branch of it named since.
        { "四川天府智造投资集团有限责任公司绵阳分公司开展活动。集团党委委员、副总经理陈思远参加。", "四川省", new string[] { "陈思远@37" },
            new string[] { "陈思远|党委委员|四川天府智造投资集团有限责任公司", "陈思远|副总经理|四川天府智造投资集团有限责任公司" } },

        // 司长 read across 有限公司|长沙 is no title, and 成长 no name.
        { "“只用了两个月。”凯斯勒精密机械（中国）有限公司长沙工厂厂长邓秋平深有感触地说。", "湖南省长沙市", new string[] { "邓秋平@30" }, new string[0] },
        { "从一名普通学徒成长为高级工程师。", "江苏省常州市", new string[0], new string[0] },

        // 校 and a school's head's titles with no body written are of the school the document is about; 校党委's titles are
        // of the school's party committee, as 市委's are of the city's.
        { "安徽工程大学与星途公司签约。仪式在安徽工程大学举行。校党委书记王建平，校党委副书记、校长孙立群，副校长刘晓东出席。", "安徽省芜湖市",
            new string[] { "王建平@31", "孙立群@44", "刘晓东@51" },
            new string[] { "刘晓东|副校长|安徽工程大学", "孙立群|副书记|中共安徽工程大学委员会", "孙立群|校长|安徽工程大学", "王建平|书记|中共安徽工程大学委员会" } },
        { "安徽工程大学与星途公司签约。仪式在安徽工程大学举行。校党委书记王建平、校长孙立群出席。", "安徽省芜湖市",
            new string[] { "王建平@31", "孙立群@37" },
            new string[] { "孙立群|校长|安徽工程大学", "王建平|书记|中共安徽工程大学委员会" } },

        // A unit's field may hold 等 of a level of schooling.
        { "省教育厅高等教育处处长许文杰出席。", "安徽省", new string[] { "许文杰@11" }, new string[] { "许文杰|处长|安徽省教育厅高等教育处" } },

        { "团中央书记处书记孙悦致辞。", "陕西省", new string[] { "孙悦@8" }, new string[] { "孙悦|书记|中国共产主义青年团中央委员会书记处" } },

        // Names listed before 当选 share the posts several hold at once; a note in brackets after a name is skipped.
        { "杨晓岚、吴志平（女）当选为贵州省人民政府副省长。", "贵州省", new string[] { "杨晓岚@0", "吴志平@4" }, new string[] { "吴志平|副省长|贵州省人民政府", "杨晓岚|副省长|贵州省人民政府" } },

        // A clause after a holder's: the deputy and the party-group seat are of the body of any post the holder was named with.
        { "商务部党组书记、部长梁承志出席会议并讲话，党组成员、副部长郭子健主持会议。", "北京市", new string[] { "梁承志@10", "郭子健@29" },
            new string[] { "梁承志|党组书记|中华人民共和国商务部", "梁承志|部长|中华人民共和国商务部", "郭子健|党组成员|中华人民共和国商务部", "郭子健|副部长|中华人民共和国商务部" } },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Finds_the_persons_with_their_offsets(string text, string place, string[] persons, string[] positions)
    {
        _ = positions;
        var found = Extract.From(text, place).Of(MentionType.Person);

        Assert.Equal(persons, found);
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_one_position_per_person_title_and_organisation(string text, string place, string[] persons, string[] positions)
    {
        _ = persons;
        Assert.Equal(positions, Extract.From(text, place).PositionList());
    }

    // A roster under its header (names separated by spaces, a line ending in a colon above): every name on it is a
    // person and holds the header's title, where several hold it; a line of words that are not all names is no roster.
    [Fact]
    public void A_roster_under_its_header_holds_the_headers_title()
    {
        var extraction = Extract.From("附：\n\n中国共产党德州学院第五届委员会委员（4名，按姓氏笔画为序）：\n丁建华　王少锋　方志刚　卢艳\n\n相关链接：\n首页　新闻　通知公告", "山东省德州市");

        Assert.Equal(["丁建华@35", "王少锋@39", "方志刚@43", "卢艳@47"], extraction.Of(MentionType.Person));
        Assert.Equal(["丁建华|委员|中共德州学院委员会", "卢艳|委员|中共德州学院委员会", "方志刚|委员|中共德州学院委员会", "王少锋|委员|中共德州学院委员会"], extraction.PositionList());
    }

    // An appointment is read with its status: 任命…为 new, 免去…的…职务 former, 提名…为 designate.
    [Theory]
    [InlineData("会议决定：任命张建华为市发展和改革委员会主任。", "张建华|主任|德州市发展和改革委员会|New")]
    [InlineData("免去李国强的市教育局局长、党组书记职务。", "李国强|党组书记|德州市教育局|Former", "李国强|局长|德州市教育局|Former")]
    [InlineData("会议决定任命刘强为副市长。", "刘强|副市长|德州市人民政府|New")]
    [InlineData("提名赵敏为市长候选人。", "赵敏|市长|德州市人民政府|Designate")]
    [InlineData("会议补选赵明远、吴佳慧为德州市人民政府副市长。", "吴佳慧|副市长|德州市人民政府|New", "赵明远|副市长|德州市人民政府|New")]
    [InlineData("澳门特别行政区候任行政长官岑浩辉出席。", "岑浩辉|行政长官|澳门特别行政区|Designate")]
    [InlineData("会议决定任命：杜文涛为德州市教育局局长；范雨晴为德州市自然资源和规划局局长。", "杜文涛|局长|德州市教育局|New", "范雨晴|局长|德州市自然资源和规划局|New")]
    [InlineData("会议决定免去：高建国的德州市自然资源和规划局局长职务。", "高建国|局长|德州市自然资源和规划局|Former")]
    public void Reads_an_appointment_into_the_status(string text, params string[] positions)
    {
        var extraction = Extract.From(text, "山东省德州市");

        Assert.Equal(positions, extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").Order(StringComparer.Ordinal));
    }

    // A verb after the person names the posts that follow: an appointment when the sentence says it was decided, a
    // biography's present (现任) or intended post (拟任) after the particulars; a chain that ends at a name is that name's.
    [Theory]
    [InlineData("中共中央决定：王伟中同志任内蒙古自治区党委书记。", "王伟中|书记|中共内蒙古自治区委员会|New")]
    [InlineData("2016年4月，刘宝山同志任市教育局局长。", "刘宝山|局长|德州市教育局|Unspecified")]
    [InlineData("谢毅担任市教育局局长以来，工作有序推进。", "谢毅|局长|德州市教育局|Unspecified")]
    [InlineData("赵家平，男，1971年4月生，中共党员，现任平昌县大寨小学党支部书记、校长。", "赵家平|党支部书记|平昌县大寨小学|Current", "赵家平|校长|平昌县大寨小学|Current")]
    [InlineData("王学勤，男，汉族，在职博士研究生学历，拟任市教育局局长。", "王学勤|局长|德州市教育局|Designate")]
    [InlineData("会见了张三，现任市长李四陪同。", "李四|市长|德州市人民政府|Current")]
    [InlineData("王学勤，男，汉族，现任市科技局副局长。经研究，该同志拟任市教育局局长。", "王学勤|副局长|德州市科学技术局|Current", "王学勤|局长|德州市教育局|Designate")]
    [InlineData("张晓阳，男，现任市酒精协会会长，河南天冠企业集团有限公司董事长、总经理。", "张晓阳|会长|德州市酒精协会|Current", "张晓阳|总经理|河南天冠企业集团有限公司|Current", "张晓阳|董事长|河南天冠企业集团有限公司|Current")]
    [InlineData("吴银龙：华陆工程科技有限责任公司董事长", "吴银龙|董事长|华陆工程科技有限责任公司|Unspecified")]
    [InlineData("以及联合国秘书长古特雷斯，上海合作组织秘书长、上海合作组织地区反恐怖机构执委会主任等负责人出席。", "古特雷斯|秘书长|联合国|Unspecified")]
    [InlineData("刘积仁先生现任东软集团董事长。", "刘积仁|董事长|东软集团|Current")]
    [InlineData("会议决定接受陈嘉懿辞去德州市人民政府副市长职务的请求。", "陈嘉懿|副市长|德州市人民政府|Former")]
    public void Reads_the_posts_a_verb_after_the_person_names(string text, params string[] positions)
    {
        var extraction = Extract.From(text, "山东省德州市");

        Assert.Equal(positions, extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").Order(StringComparer.Ordinal));
    }

    // After the dot, a function word no transliteration uses or a verb ends the name; 都 does not (阿不都拉).
    [Theory]
    [InlineData("巴基斯坦总理夏巴兹·谢里夫在接受总台专访时表示。", "夏巴兹·谢里夫@6")]
    [InlineData("所罗门群岛总理菲勒蒙·扬宣誓就任。", "菲勒蒙·扬@7")]
    [InlineData("公司总经理古丽娜尔·阿不都拉说，需求持续增长。", "古丽娜尔·阿不都拉@5")]
    public void A_dotted_name_ends_where_the_clause_goes_on(string text, string person)
    {
        Assert.Equal([person], Extract.From(text, "北京市").Of(MentionType.Person));
    }

    [Fact]
    public void Resolves_surname_and_title_to_the_full_name()
    {
        var extraction = Extract.From("县农业农村局局长方圆说，产业兴旺。记者跟随方局长来到竹坪村。", "江西省修水县");

        var later = Assert.Single(extraction.Mentions, m => m.Type == MentionType.Person && m.Text == "方局长");
        Assert.Equal("方圆", later.Canonical);
        Assert.Equal(21, later.Span.Start);
    }

    [Fact]
    public void Marks_acting_positions()
    {
        var position = Assert.Single(Extract.From("县委副书记、代县长欧阳志远致辞。", "江西省修水县").Positions, p => p.Title == "代县长");

        Assert.Equal(PositionStatus.Acting, position.Status);
    }

    [Theory]
    [InlineData("现任市长王刚出席会议。", "天津市", PositionStatus.Current)]
    [InlineData("时任市长王刚出席会议。", "天津市", PositionStatus.Former)]
    [InlineData("新任市长王刚出席会议。", "天津市", PositionStatus.New)]
    public void A_status_marker_before_the_chain_is_its_titles(string text, string place, PositionStatus status)
    {
        Assert.Equal(status, Assert.Single(Extract.From(text, place).Positions).Status);
    }

    // A marker between the organisation and the title is the title's status, not part of the organisation's name.
    [Theory]
    [InlineData("军委政治工作部原主任张阳接受审查。", "军委政治工作部", PositionStatus.Former)]
    [InlineData("国民党前主席连战一行抵达南京。", "国民党", PositionStatus.Former)]
    public void A_status_marker_after_the_organisation_is_the_titles(string text, string organization, PositionStatus status)
    {
        var position = Assert.Single(Extract.From(text, "北京市").Positions);

        Assert.Equal(organization, position.Organization);
        Assert.Equal(status, position.Status);
    }

    // Between an office title and a speech cue stands a name, even one of characters names seldom use or a common
    // word's; a preposition before those addressed is none, nor is an adverb after a leader's title, which follows
    // the name; 通报 follows a name as 主持 does; 鲜于 is a surname.
    [Theory]
    [InlineData("四川大学商学院教授林间认为，专精特新企业是重要力量。", "林间")]
    [InlineData("锐驰传动科技股份有限公司董事长兼总经理向前进说，公司正在建设第二基地。", "向前进")]
    [InlineData("市委常委、常务副市长向东主持会议，副市长刘卫东通报全市城市更新工作进展情况。", "刘卫东")]
    [InlineData("峨眉芯谷半导体有限公司副总经理鲜于婷坦言，过去企业自己搞研发。", "鲜于婷")]
    public void A_name_between_a_title_and_what_it_says(string text, string name)
    {
        Assert.Contains(name, Extract.From(text, "四川省成都市").Of(MentionType.Person).Select(p => p[..p.IndexOf('@', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("局长向大家介绍，今年的工作取得了新进展。")]
    [InlineData("习近平主席郑重宣布，中国将加大支持力度。")]
    [InlineData("习近平总书记曾明确指出，要坚持新发展理念。")]
    [InlineData("一位应届硕士毕业生告诉记者，她投出了5份简历。")]
    public void No_name_between_a_title_and_what_it_says(string text)
    {
        Assert.DoesNotContain(Extract.From(text, "北京市").Of(MentionType.Person), p => !p.StartsWith("习近平", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_ends_before_the_day_it_speaks()
    {
        Assert.Equal(["陆慷@6"], Extract.From("外交部发言人陆慷今天表示，中方欢迎。", "北京市").Of(MentionType.Person));
    }

    [Fact]
    public void Every_mention_text_is_the_text_at_its_offsets()
    {
        const string text = "市政府副秘书长，市投资促进局党组书记、局长杨柳表示。一汽—大众汽车有限公司天津分公司总经理高解放倍受鼓舞。";

        Assert.All(Extract.From(text, "天津市").Mentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
    }

    // The last character of a ministry or bureau is also the first of its head's title (国防部长 is 国防部 and 部长).
    [Theory]
    [InlineData("美国国防部长马蒂斯当天表示，美方愿意加强合作。", "马蒂斯|部长|美国国防部")]
    [InlineData("法国外交部长勒德里昂说，法方支持多边主义。", "勒德里昂|部长|法国外交部")]
    [InlineData("伊拉克前国防部长杜莱米出席会议。", "杜莱米|部长|伊拉克国防部")]
    [InlineData("县公安局长王明出席会议。", "王明|局长|修水县公安局")]
    public void A_head_shares_the_last_character_of_the_body(string text, string position)
    {
        Assert.Contains(position, Extract.From(text, "江西省修水县").PositionList());
    }

    // Only a name of another country's shape is refused China's ministry: a surname too rare for the list is not one.
    [Theory]
    [InlineData("教育部部长怀进鹏说，要抓好落实。", "怀进鹏|部长|中华人民共和国教育部")]
    public void A_rare_surname_holds_a_chinese_ministry(string text, string position)
    {
        Assert.Contains(position, Extract.From(text, "北京市").PositionList());
    }

    [Fact]
    public void A_foreign_head_of_state_is_not_chinas()
    {
        Assert.DoesNotContain(Extract.From("习近平会见老挝人民革命党中央总书记、国家主席通伦。", "北京市").PositionList(), p => p.Contains("中华人民共和国", StringComparison.Ordinal) && p.StartsWith("通伦", StringComparison.Ordinal));
    }

    // A name ends before the surname again with a form of address (王诚王总), a numeral opening a word (齐骥一句话) or
    // a rank (库兹涅佐夫上校); 金泳三 keeps its 三.
    [Theory]
    [InlineData("下面有请富龙集团董事长王诚王总讲话。", "王诚")]
    [InlineData("澳新亚留学中心总监孙晶孙女士介绍了情况。", "孙晶")]
    [InlineData("住房和城乡建设部副部长齐骥一句话引起关注。", "齐骥")]
    [InlineData("俄国防部新闻司代理司长阿列克谢·库兹涅佐夫上校透露了消息。", "阿列克谢·库兹涅佐夫")]
    [InlineData("韩国前总统金泳三当天病逝。", "金泳三")]
    [InlineData("中信证券董事长侯巍再次表示看好市场。", "侯巍")]
    [InlineData("深圳大学校长毛军发表示，大学将与企业共建联合实验室。", "毛军发")]
    [InlineData("北京市委书记尹力发表讲话。", "尹力")]
    [InlineData("联合国粮食及农业组织副总干事埃琳娜·罗西通过视频致辞。", "埃琳娜·罗西")]
    [InlineData("市住房保障和房地产管理局局长黎晓汇报，今年全市项目共32个。", "黎晓")]
    [InlineData("日本东和精机株式会社社长山田健一表示，投资已有18年。", "山田健一")]
    [InlineData("罗红霞当选为市人民法院院长；马骏当选为市人民检察院检察长。", "马骏")]
    [InlineData("中央邦首席部长乔汉近日前去灾区视察。", "乔汉")]
    [InlineData("匈牙利财政部长米哈伊·沃尔高同一天表示，将继续合作。", "米哈伊·沃尔高")]
    public void A_name_ends_before_what_addresses_or_counts(string text, string name)
    {
        Assert.Contains(name, Extract.From(text, "北京市").Positions.Select(p => p.Person));
    }

    [Theory]
    [InlineData("执法大队大队长方剑民带队。", "方剑民|大队长|执法大队")]
    [InlineData("仙游县质监局纪检组长蔡振锋作出解释。", "蔡振锋|纪检组长|仙游县质监局")]
    [InlineData("下面请出承办方富龙集团董事长王诚。", "王诚|董事长|富龙集团")]
    public void Unit_heads_and_the_side_of_a_deal(string text, string position)
    {
        Assert.Contains(position, Extract.From(text, "北京市").PositionList());
    }

    // 宁德时代|董事长: 代 ends the company's name here, it is not the acting prefix; CEO is an office in Latin letters.
    [Theory]
    [InlineData("宁德时代董事长曾毓群介绍，公司在德国的工厂已投产。", "曾毓群|董事长|宁德时代")]
    [InlineData("小米集团CEO雷军当天表示，小米将加大研发投入。", "雷军|CEO|小米集团")]
    [InlineData("杭州云栖智联科技有限公司首席算法工程师叶清扬介绍，模型已上线。", "叶清扬|首席算法工程师|杭州云栖智联科技有限公司")]
    [InlineData("宁波甬港国际集装箱码头有限公司桥吊司机蒋海波介绍，效率提高了。", "蒋海波|桥吊司机|宁波甬港国际集装箱码头有限公司")]
    [InlineData("杭州速达即时配送服务有限公司骑手应小龙介绍，订单增加了。", "应小龙|骑手|杭州速达即时配送服务有限公司")]
    [InlineData("宁波甬拓汽车零部件有限公司关务主管陈晓燕介绍，通关时间缩短了。", "陈晓燕|关务主管|宁波甬拓汽车零部件有限公司")]
    public void Company_officers(string text, string position)
    {
        Assert.Equal([position], Extract.From(text, "北京市").PositionList());
    }

    // A post elected at a congress whose body the text names nowhere else is that body's: the one whose meeting the
    // article reports; others not named share a post several hold; an honorary title is one title.
    [Theory]
    [InlineData("四川省浙江商会2024年年会暨第五届会员大会在成都举行。之江智造集团有限公司董事长楼成钧当选会长，川浙联合建设集团有限公司董事长程煜川等15人当选常务副会长，蜀越数字科技有限公司董事长章静当选监事长。",
        "楼成钧|会长|四川省浙江商会|Unspecified", "程煜川|常务副会长|四川省浙江商会|Unspecified")]
    [InlineData("中国光彩事业促进会第七次会员代表大会召开，选举产生了第七届理事会领导机构，沈莹当选会长。", "沈莹|会长|中国光彩事业促进会|Unspecified")]
    [InlineData("市工商联第十四次会员代表大会闭幕。成都钱江置业有限公司董事长施国梁被推选为荣誉会长。", "施国梁|荣誉会长|成都市工商业联合会|Unspecified")]
    public void A_post_elected_at_a_congress_is_the_congress_bodys(string text, params string[] expected)
    {
        var positions = Extract.From(text, "四川省成都市").Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").ToList();

        Assert.All(expected, e => Assert.Contains(e, positions));
    }

    // 集团公司 refers back to the group; with a company's title, a seat on its party committee is the company's; a
    // deputy elected after a post in the same sentence is of that post's body.
    [Theory]
    [InlineData("甘肃陇昇交通投资集团有限公司召开2025年工作会议。集团公司党委书记、董事长马骏驰作工作报告，党委副书记、总经理杨文涛作生产经营工作报告。",
        "马骏驰|党委书记|甘肃陇昇交通投资集团有限公司", "杨文涛|党委副书记|甘肃陇昇交通投资集团有限公司", "杨文涛|总经理|甘肃陇昇交通投资集团有限公司")]
    [InlineData("会议选举产生了新一届领导班子，段丽华当选为省妇联主席，李丽萍、杨淑芬当选为副主席。", "李丽萍|副主席|云南省妇女联合会", "杨淑芬|副主席|云南省妇女联合会")]
    [InlineData("会议选举产生了新一届领导班子，段丽华当选为省妇联主席，李丽萍、云丽娜当选为副主席。", "李丽萍|副主席|云南省妇女联合会", "云丽娜|副主席|云南省妇女联合会")]
    public void Posts_whose_body_an_earlier_clause_names(string text, params string[] expected)
    {
        var positions = Extract.From(text, "云南省").PositionList();

        Assert.All(expected, e => Assert.Contains(e, positions));
    }

    // Without a congress, an elected post with no body named is no post.
    // An autonomous region's chairman, after its party committee's titles, is at its people's government.
    [Fact]
    public void An_autonomous_regions_chairman_is_at_its_government()
    {
        Assert.Contains("努尔艾力·买合苏提|副主席|新疆维吾尔自治区人民政府",
            Extract.From("新疆维吾尔自治区党委常委、副主席努尔艾力·买合苏提陪同考察。", "新疆维吾尔自治区").PositionList());
    }

    // A name the model reads as a person and, elsewhere in the article, as a place the gazetteer knows is the place.
    [Fact]
    public void A_place_read_as_a_person_once_is_the_place()
    {
        var text = "新华社阿克苏9月12日电（记者 王晨曦）9月10日至12日，浙江省党政代表团在新疆阿克苏地区考察对接对口支援工作，并出席浙阿对口支援工作推进会。\n"
            + "代表团先后来到阿克苏纺织工业城、温宿县苹果标准化种植基地和阿克苏地区第一人民医院等地，实地察看援疆项目进展。\n"
            + "阿克苏地委书记韩东升表示，多年来浙江倾心倾力援疆，为阿克苏经济社会发展注入了强劲动力。他说，阿克苏将用好浙江援疆资源，深化产业协作和干部人才交流。";

        Assert.DoesNotContain("阿克苏", Extract.From(text, "新疆维吾尔自治区阿克苏地区").Of(MentionType.Person).Select(p => p[..p.IndexOf('@', StringComparison.Ordinal)]));
    }

    // ‘徐香’猕猴桃, “卡尔·文森”号: a name in quotation marks names a thing, not a person.
    [Theory]
    [InlineData("这就是咱们眉县的‘徐香’猕猴桃，果肉翠绿、酸甜适口。", "徐香")]
    [InlineData("美国“卡尔·文森”号航母打击群抵达釜山。", "卡尔·文森")]
    public void A_quoted_name_is_no_person(string text, string name)
    {
        Assert.DoesNotContain(Extract.From(text, "陕西省宝鸡市").Of(MentionType.Person), p => p.StartsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void An_elected_post_without_a_body_is_not_read()
    {
        Assert.DoesNotContain(Extract.From("座谈会上，楼成钧当选会长。", "四川省成都市").Positions, p => p.Title == "会长");
    }

    // 联合建设|集团有限公司 (a name cut at a word that opens clauses) and 第四届|理事会 name no body before a title.
    [Theory]
    [InlineData("他们联合建设集团有限公司董事长程煜川出席。", "集团有限公司")]
    [InlineData("大会选举产生新一届班子。第四届理事会会长、成都钱江置业有限公司董事长施国梁出席。", "第四届理事会")]
    public void Descriptors_or_an_ordinal_before_an_organisation_word_name_no_body(string text, string junk)
    {
        var extraction = Extract.From(text, "四川省成都市");

        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == junk);
        Assert.DoesNotContain(extraction.Positions, p => p.Organization == junk);
    }

    // A body's second name in brackets (one body with two names) is read through to the first.
    [Fact]
    public void A_second_name_in_brackets_is_read_through()
    {
        Assert.Contains("张宏|副局长|成都市经济和信息化局", Extract.From("成都市经济和信息化局（市数字经济局）副局长张宏出席活动。", "四川省成都市").PositionList());
    }

    // After a role word a name needs a word that follows names: 笑着 and 高兴地 are such words.
    [Theory]
    [InlineData("“今年春茶卖了个好价钱。”茶农钟建华笑着告诉记者。", "钟建华")]
    [InlineData("村民李秀英高兴地说，日子越过越好。", "李秀英")]
    public void A_name_after_a_role_ends_before_an_adverb(string text, string name)
    {
        Assert.Contains(Extract.From(text, "浙江省湖州市").Of(MentionType.Person), p => p.StartsWith(name + "@", StringComparison.Ordinal));
    }

    // A bare 管委会 in a chain after a park's party committee is the park's.
    [Fact]
    public void A_bare_park_committee_after_its_party_committee_is_the_parks()
    {
        Assert.Contains("刘涛|副主任|合肥经开区管委会", Extract.From("合肥经开区党工委委员、管委会副主任刘涛介绍了情况。", "安徽省合肥市").PositionList());
    }

    // An appointment notice: 免去其 after an appointment removes the same person from another post; 聘任 appoints.
    [Fact]
    public void An_appointment_notice_reads_removals_and_engagements()
    {
        var positions = Extract.From("经市政府研究决定：任命刘建华为南昌市工业和信息化局局长，免去其南昌市商务局局长职务；聘任赵敏为南昌市人民政府参事。", "江西省南昌市").Positions;

        Assert.Contains(positions, p => p is { Person: "刘建华", Title: "局长", Organization: "南昌市商务局", Status: PositionStatus.Former });
        Assert.Contains(positions, p => p is { Person: "刘建华", Title: "局长", Organization: "南昌市工业和信息化局", Status: PositionStatus.New });
        Assert.Contains(positions, p => p is { Person: "赵敏", Title: "参事", Organization: "南昌市人民政府", Status: PositionStatus.New });
    }

    // A résumé's lines are the posts of the person it is about, each former unless dated to the present; the province
    // before a body is no part of the post; a county is named alone, a district with its city.
    [Fact]
    public void A_resumes_lines_are_the_subjects_posts()
    {
        const string text = "甘子钧，男，汉族，1964年3月出生。\n1985.07—1992.06　四川省眉山县农业局科员、副局长\n1992.06—1997.08　四川省眉山县太和镇党委书记\n"
            + "1997.08—2003.12　四川省乐山市沙湾区副区长\n2003.12—2008.06　四川省乐山市犍为县委副书记、县长\n2019.11—至今　四川省农业农村厅副厅长";

        var positions = Extract.From(text, "四川省").Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "甘子钧|书记|中共太和镇委员会|Former", "甘子钧|副书记|中共犍为县委员会|Former", "甘子钧|副区长|乐山市沙湾区人民政府|Former",
                "甘子钧|副厅长|四川省农业农村厅|Current", "甘子钧|副局长|四川省眉山县农业局|Former", "甘子钧|县长|犍为县人民政府|Former", "甘子钧|科员|四川省眉山县农业局|Former",
            ],
            positions);
    }

    // Tibetan names are two name words, no surname (更登才让); 长 starting 长江 and what is said of the river ends no head.
    [Fact]
    public void Tibetan_names_and_the_river_after_a_districts_name()
    {
        var extraction = Extract.From("省能源局党组成员、副局长更登才让介绍情况。在南溪区长江禁捕退捕安置点，渔民成了护渔员。镇长江涛说，工作很顺利。", "青海省");

        Assert.Contains("更登才让|副局长|青海省能源局", extraction.PositionList());
        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Person && m.Text.StartsWith("江禁", StringComparison.Ordinal));
        Assert.Contains(extraction.Mentions, m => m.Type == MentionType.Person && m.Text == "江涛");
    }

    // A people's congress's special committees, in full and short: 省人大环资委 is 四川省人民代表大会环境与资源保护委员会.
    [Fact]
    public void A_congress_special_committee_is_a_body()
    {
        var positions = Extract.From("省人大环境与资源保护委员会主任委员龙启昌，省人大常委会委员、省人大环资委副主任委员韦兰芝参加检查。", "四川省").PositionList();

        Assert.Contains("龙启昌|主任委员|四川省人民代表大会环境与资源保护委员会", positions);
        Assert.Contains("韦兰芝|副主任委员|四川省人民代表大会环境与资源保护委员会", positions);
    }

    // 寿 is a surname of the 百家姓.
    [Fact]
    public void A_surname_of_the_hundred_families_starts_a_name()
    {
        Assert.Contains("寿志坚|副市长|绍兴市人民政府", Extract.From("副市长寿志坚，市中级人民法院院长董晓东列席会议。", "浙江省绍兴市").PositionList());
    }

    // A diplomat is at the mission, named in full (使馆 is 大使馆), also after 会见了; a foreign name's last part alone is
    // the person named in full.
    [Fact]
    public void Diplomats_are_at_their_missions()
    {
        var extraction = Extract.From("市长范立诚会见了新加坡驻华大使陈振威一行。新加坡驻华使馆公使衔参赞林美仪陪同会见。会见了海因茨集团首席执行官马库斯·韦伯。韦伯一行此次来苏。", "江苏省苏州市");

        Assert.Contains("陈振威|大使|新加坡驻华大使馆", extraction.PositionList());
        Assert.Contains("林美仪|公使衔参赞|新加坡驻华大使馆", extraction.PositionList());
        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Person && m.Canonical == "韦伯");
    }

    // A court's and a procuratorate's legal ranks are titles there: 审判员, 检察员.
    [Fact]
    public void An_appointment_list_reads_judges_and_procurators()
    {
        var positions = Extract.From("三、任命：\n柴丽君为德州市中级人民法院副院长、审判员；\n裘振宇为德州市人民检察院检察员。", "山东省德州市").PositionList();

        Assert.Equal(["柴丽君|副院长|德州市中级人民法院", "柴丽君|审判员|德州市中级人民法院", "裘振宇|检察员|德州市人民检察院"], positions);
    }

    // 国家主席 and 国家副主席 are held at the state, not at the party body a chain names before them.
    [Theory]
    [InlineData("中共中央总书记、国家主席、中央军委主席习近平出席会议。", "习近平|国家主席|中华人民共和国")]
    [InlineData("国家副主席韩正出席开幕式。", "韩正|国家副主席|中华人民共和国")]
    public void A_head_of_state_is_held_at_the_state(string text, string position)
    {
        Assert.Contains(position, Extract.From(text, "北京市").PositionList());
    }

    // 国务委员 is held at the State Council only, whatever chain stands before it.
    [Fact]
    public void A_state_councilor_is_at_the_state_council()
    {
        Assert.Contains("王毅|国务委员|中华人民共和国国务院", Extract.From("全国人大常委会副委员长王晨、国务委员王毅出席。", "北京市").PositionList());
    }

    // A title after a name is China's only where the article names no other body of that title for the person.
    [Fact]
    public void A_title_after_a_name_takes_the_body_the_article_gives_it()
    {
        var positions = Extract.From("习近平同阮富仲总书记举行会谈。越共中央总书记阮富仲表示赞同。", "北京市").PositionList();

        Assert.Contains("阮富仲|总书记|越南共产党中央委员会", positions);
        Assert.DoesNotContain("阮富仲|总书记|中国共产党中央委员会", positions);
    }

    // Resolution gives an assumed body way to the one the person's other documents write.
    [Fact]
    public void A_national_body_read_from_a_title_after_a_name_is_marked_assumed()
    {
        var positions = Extract.From("习近平主席会见了越共中央总书记阮富仲。", "北京市").Positions;

        Assert.True(Assert.Single(positions, p => p.Person == "习近平").Assumed);
        Assert.False(Assert.Single(positions, p => p.Person == "阮富仲").Assumed);
    }

    // 县委常委：宋启澜、戚嘉禾: a title several hold, heading a list of names after a colon, is each name's; a title held
    // by one is not read so (主持人：…).
    [Fact]
    public void A_shared_title_heading_a_list_after_a_colon_is_each_names()
    {
        var extraction = Extract.From("宋启澜当选为县委书记。县委常委：宋启澜、戚嘉禾、章慧琳。", "浙江省湖州市安吉县");

        Assert.Equal(
            ["宋启澜|书记|中共安吉县委员会", "宋启澜|常委|中共安吉县委员会", "戚嘉禾|常委|中共安吉县委员会", "章慧琳|常委|中共安吉县委员会"],
            extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}").Distinct().Order(StringComparer.Ordinal));
    }

    // 河长制, 林长制: a county's leaders are its chiefs of rivers and forests, at the county's government; a company's
    // 质量总监 is an office there.
    [Fact]
    public void Chiefs_of_rivers_and_forests_and_a_companys_directors()
    {
        var extraction = Extract.From("县委书记、县总河长、县总林长程立峰出席会议，县委副书记、县长、县副总河长俞晓川主持。河南豫禾食品有限公司质量总监聂晓雯介绍。", "安徽省黄山市休宁县");

        Assert.Equal(
            [
                "俞晓川|副书记|中共休宁县委员会", "俞晓川|副总河长|休宁县人民政府", "俞晓川|县长|休宁县人民政府", "程立峰|书记|中共休宁县委员会",
                "程立峰|总林长|休宁县人民政府", "程立峰|总河长|休宁县人民政府", "聂晓雯|质量总监|河南豫禾食品有限公司",
            ],
            extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}").Distinct().Order(StringComparer.Ordinal));
    }

    // A list of officials each written after their posts: the posts after one name and its comma that the next name's
    // chain reads through are the next name's.
    [Fact]
    public void Posts_after_a_comma_that_the_next_names_chain_reads_are_its()
    {
        var extraction = Extract.From("无锡市副市长邵俊杰，无锡高新区党工委副书记、管委会主任，新吴区委副书记、区长严子墨出席活动。", "江苏省无锡市");

        Assert.Equal(["无锡市人民政府"], extraction.Positions.Where(p => p.Person == "邵俊杰").Select(p => p.Organization));
        Assert.Contains(extraction.Positions, p => p.Person == "严子墨" && p.Title == "主任");
    }

    // A school's own news page may name the school only in its footer (版权所有 © 豫东理工大学): its head, and a seat
    // on its party committee written with no body, are the school's, as a company's 党委书记 is the company's.
    [Fact]
    public void A_schools_head_on_its_own_site_is_the_schools()
    {
        var positions = Extract.OnSite("6月5日下午，学校党委理论学习中心组开展集体学习。党委副书记、校长岳承志作交流发言。", "豫东理工大学").PositionList();

        Assert.Equal(["岳承志|党委副书记|豫东理工大学", "岳承志|校长|豫东理工大学"], positions);
    }
}
