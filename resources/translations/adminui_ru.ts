<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddCoreServiceDialog</name>
    <message>
        <location filename="../../adminui/ui/services/add_dialog.py" line="+59"/>
        <source>Add Core service</source>
        <extracomment>The Core service was created: (Service). The lab started a node for the new service and it joined: (JoinedNode).</extracomment>
        <translation>Добавить сервис Core</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>core-2.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host FQDN</source>
        <translation>FQDN хоста</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>core-&lt;FQDN&gt; (KUMA&apos;s default)</source>
        <translation>core-&lt;FQDN&gt; (по умолчанию в KUMA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>core-resource-&lt;FQDN&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Host FQDN:</source>
        <translation>FQDN хоста:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource ID:</source>
        <translation>ID ресурса:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New Core service</source>
        <translation>Новый сервис Core</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service ID</source>
        <translation>ID сервиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The FQDN of the current leader (editable).</source>
        <translation>FQDN текущего лидера (можно изменить).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KUMA&apos;s documents disagree on the join port: 7209 (Raft) in the help, 7210 (internal) in a community guide.</source>
        <translation>Документация KUMA расходится в порте для присоединения: 7209 (Raft) в справке, 7210 (внутренний) в руководстве сообщества.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the other documented flags (ports)</source>
        <translation>Добавить остальные документированные флаги (порты)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install command</source>
        <translation>Команда установки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy command</source>
        <translation>Копировать команду</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run this on the new host, as root, once the KUMA distribution is unpacked.</source>
        <translation>Выполните на новом хосте от root после распаковки дистрибутива KUMA.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start this node in the lab</source>
        <translation>Запустить этот узел в лаборатории</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service ID:</source>
        <translation>ID сервиса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join through:</source>
        <translation>Присоединиться через:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install command:</source>
        <translation>Команда установки:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the FQDN of the host for the new Core.</source>
        <translation>Укажите FQDN хоста для нового Core.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not a valid host name.</source>
        <translation>{0} — недопустимое имя хоста.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} already has a Core service ({1}); a host runs one Core only.</source>
        <translation>На {0} уже есть сервис Core ({1}); на одном хосте может работать только один Core.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Warning: the cluster would then have {0} Core services, an even number. Raft needs an odd number: add one more afterwards.</source>
        <translation>Внимание: в кластере станет {0} сервисов Core — чётное число. Raft нужно нечётное: потом добавьте ещё один.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cluster will have {0} Core services.</source>
        <translation>В кластере будет сервисов Core: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile is read-only.</source>
        <translation>Профиль только для чтения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Creating the Core service for {0}…</source>
        <translation>Создаётся сервис Core для {0}…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server refused to create it: this host already has a Core service, or the ID is taken (HTTP 409). {0}</source>
        <translation>Сервер отказал в создании: на этом хосте уже есть сервис Core или ID занят (HTTP 409). {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created {0} (answered by {1}).</source>
        <translation>Создан {0} (ответил {1}).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The service ID is on the clipboard.</source>
        <translation>ID сервиса скопирован в буфер обмена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install command is on the clipboard.</source>
        <translation>Команда установки скопирована в буфер обмена.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a lab Core node that joins as {0}…</source>
        <translation>Запускается лабораторный узел Core, который присоединится как {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The lab node did not join.</source>
        <translation>Лабораторный узел не присоединился.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lab could not start the node: {0}</source>
        <translation>Лаборатории не удалось запустить узел: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} joined: REST {1}, health {2}.</source>
        <translation>{0} присоединился: REST {1}, health {2}.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../adminui/ui/audit/page.py" line="+33"/>
        <source>an empty line</source>
        <translation>пустая строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not valid JSON</source>
        <translation>строка не является корректным JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the line is not a JSON object</source>
        <translation>строка не является объектом JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not follow the line before it</source>
        <translation>она не продолжает цепочку предыдущей строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its content does not match its hash</source>
        <translation>её содержимое не совпадает с хешем</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>unreadable line</source>
        <translation>нечитаемая строка</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Audit log</source>
        <extracomment>A verification ended: the Verification. The log was exported: the destination path (as text).</extracomment>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in {0}</source>
        <translation>Хранится в {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>ID запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that no line was changed, removed or added</source>
        <translation>Проверить, что ни одна строка не изменена, не удалена и не добавлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The audit log is intact: {0} entries, chain verified.</source>
        <translation>Журнал аудита не изменён, цепочка проверена. Записей: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log was altered at line {0}: {1}.</source>
        <translation>Журнал аудита изменён в строке {0}: {1}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The audit log could not be exported: {0}</source>
        <translation>Не удалось экспортировать журнал аудита: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported {0} entries to {1}.</source>
        <translation>Экспортировано записей: {0}, файл {1}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>BlueprintDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/blueprint_dialog.py" line="+33"/>
        <source>running</source>
        <extracomment>adminui.core.namespaces_blueprint, shown through ``self.tr``.</extracomment>
        <translation>выполняется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled back</source>
        <translation>откачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollback failed</source>
        <translation>откат не удался</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The policy template is empty.</source>
        <translation>Шаблон политики пуст.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tenant blueprint</source>
        <extracomment>Emitted when the user starts the blueprint: (spec).</extracomment>
        <translation>Шаблон арендатора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>org/tenant-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AppRole role</source>
        <translation>Роль AppRole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token role</source>
        <translation>Роль токена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>owner=team-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placeholders: ${tenant}, ${namespace}, ${mount}, ${role}</source>
        <translation>Подстановки: ${tenant}, ${namespace}, ${mount}, ${role}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create tenant</source>
        <translation>Создать арендатора</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Namespace path:</source>
        <translation>Путь пространства имён:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KV v2 mount:</source>
        <translation>Точка монтирования KV v2:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy name:</source>
        <translation>Имя политики:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth role:</source>
        <translation>Роль аутентификации:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role name:</source>
        <translation>Имя роли:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token TTL:</source>
        <translation>TTL токена:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata:</source>
        <translation>Пользовательские метаданные:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy template:</source>
        <translation>Шаблон политики:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The blueprint could not run: {0}</source>
        <translation>Шаблон не удалось выполнить: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tenant {0} is ready.</source>
        <translation>Арендатор {0} готов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step “{0}” failed. Rolled back: {1}.</source>
        <translation>Шаг «{0}» завершился ошибкой. Откачено: {1}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could NOT roll back: {0}.</source>
        <translation>НЕ удалось откатить: {0}.</translation>
    </message>
</context>
<context>
    <name>CapabilityGate</name>
    <message>
        <location filename="../../adminui/ui/policies/capability_gate.py" line="+80"/>
        <source>select an item first</source>
        <extracomment>Emitted after new capabilities arrived and were applied.</extracomment>
        <translation>сначала выберите элемент</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <location filename="../../adminui/ui/overview/cluster_page.py" line="+64"/>
        <source>Waiting for the first answer from the nodes…</source>
        <translation>Ожидание первого ответа от узлов…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+83"/>
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Replay:</source>
        <translation>Воспроизвести:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leader: {0}</source>
        <translation>Лидер: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · term {0}</source>
        <translation> · терм {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No leader known</source>
        <translation>Лидер неизвестен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} nodes claim leadership</source>
        <translation>Лидерство заявляют узлов: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Balancer: a /v1/sys/health check (200 = healthy) sends traffic to {0}; standbys answer 429, sealed nodes 503.</source>
        <translation>Балансировщик: проверка /v1/sys/health (200 = исправен) направит трафик на {0}; резервные узлы отвечают 429, запечатанные — 503.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balancer: no node answers 200 to /v1/sys/health: no traffic would be served.</source>
        <translation>Балансировщик: ни один узел не отвечает 200 на /v1/sys/health — трафик обслуживаться не будет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balancer: with the first node as primary and the others as backup, traffic goes to {0}.</source>
        <translation>Балансировщик: если первый узел основной, а остальные резервные (backup), трафик идёт на {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balancer: no node answers; no traffic would be served.</source>
        <translation>Балансировщик: ни один узел не отвечает — трафик обслуживаться не будет.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replaying {0}</source>
        <translation>Воспроизводится {0}</translation>
    </message>
</context>
<context>
    <name>ClusterView</name>
    <message>
        <location filename="../../adminui/ui/cluster_view.py" line="+49"/>
        <source>Overview</source>
        <extracomment>Pages the namespace tree can open showing one namespace. The cluster&apos;s profile changed (e.g. a node joined): (Profile).</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every page sends its requests to the leader, or to a live node while there is none; results say which node answered.</source>
        <translation>Каждая страница отправляет запросы лидеру, а пока его нет — живому узлу; в результатах указано, какой узел ответил.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Requests go to {0}</source>
        <translation>Запросы идут на {0}</translation>
    </message>
    <message>
        <location filename="../../adminui/ui/pages.py" line="+51"/>
        <source>Namespaces</source>
        <translation>Пространства имён</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quotas</source>
        <translation>Квоты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotation sets</source>
        <translation>Наборы ротации</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>Config</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+13"/>
        <source>Drills</source>
        <translation>Учения</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Services</source>
        <translation>Сервисы</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../../adminui/ui/palette.py" line="+74"/>
        <source>Command palette</source>
        <translation>Палитра команд</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a command, cluster, page or node…</source>
        <translation>Введите команду, кластер, страницу или узел…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search commands</source>
        <translation>Поиск команд</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching commands</source>
        <translation>Найденные команды</translation>
    </message>
</context>
<context>
    <name>ConfigPage</name>
    <message>
        <location filename="../../adminui/ui/config_gen/page.py" line="+60"/>
        <source>nginx stream upstream</source>
        <extracomment>The topology was read: (number of nodes).</extracomment>
        <translation>upstream для nginx stream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalived (one file per node)</source>
        <translation>keepalived (по файлу на узел)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core expand inventory</source>
        <translation>Инвентарь расширения Core</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.0.2.10/24</source>
        <translation>напр. 192.0.2.10/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual IP address</source>
        <translation>Виртуальный IP-адрес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>each node&apos;s own</source>
        <translation>свой у каждого узла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The node port nginx forwards to and keepalived checks; by default each node&apos;s own (Core: 7220, the web UI; OpenBao: the port of its API URL).</source>
        <translation>Порт узла, на который nginx перенаправляет трафик и который проверяет keepalived; по умолчанию свой у каждого узла (Core: 7220, веб-интерфейс; OpenBao: порт из URL его API).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generate:</source>
        <translation>Сгенерировать:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node port:</source>
        <translation>Порт узла:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nginx listens on:</source>
        <translation>nginx слушает на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keepalived node:</source>
        <translation>Узел keepalived:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual IP (VIP):</source>
        <translation>Виртуальный IP (VIP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual_router_id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface:</source>
        <translation>Интерфейс:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read topology again</source>
        <translation>Перечитать топологию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the topology…</source>
        <translation>Чтение топологии…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated configuration</source>
        <translation>Сгенерированная конфигурация</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Could not read the topology. {0}</source>
        <translation>Не удалось прочитать топологию. {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} nodes, read from {1}. The first node is the primary / MASTER.</source>
        <translation>Узлов: {0}, прочитано из {1}. Первый узел — основной (MASTER).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the profile</source>
        <translation>профиля</translation>
    </message>
    <message>
        <location line="+39"/>
        <source># Enter the virtual IP address (VIP) that the nodes share.
</source>
        <translation># Укажите виртуальный IP-адрес (VIP), общий для узлов.
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># Cannot generate: {0}
</source>
        <translation># Сгенерировать невозможно: {0}
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save configuration</source>
        <translation>Сохранить конфигурацию</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not save {0}: {1}</source>
        <translation>Не удалось сохранить {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../adminui/ui/drills/dialogs.py" line="+80"/>
        <source>Type &lt;b&gt;{0}&lt;/b&gt; to confirm.</source>
        <translation>Для подтверждения введите &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preflight failed: this action is not allowed now.</source>
        <translation>Предварительная проверка не пройдена: сейчас это действие недопустимо.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirmation</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go ahead</source>
        <translation>Выполнить</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="+84"/>
        <source>Policy {name} changed on the server</source>
        <translation>Политика {name} изменена на сервере</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone changed this policy on the server after you opened it. Nothing was saved. Compare both versions, then merge the server&apos;s changes into the editor and save again.</source>
        <translation>Кто-то изменил эту политику на сервере после того, как вы её открыли. Ничего не сохранено. Сравните обе версии, затем внесите изменения с сервера в редактор и сохраните снова.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server version now</source>
        <translation>Текущая версия на сервере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (server → yours)</source>
        <translation>Различия (сервер → ваша)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The changes merge cleanly.</source>
        <translation>Изменения объединяются без конфликтов.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} region(s) conflict and will be marked in the editor.</source>
        <translation>Конфликтующих фрагментов: {n}; они будут отмечены в редакторе.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into editor</source>
        <translation>Объединить в редакторе</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep my text unchanged</source>
        <translation>Оставить мой текст без изменений</translation>
    </message>
</context>
<context>
    <name>CreateNamespaceDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+26"/>
        <source>A namespace name cannot be empty.</source>
        <translation>Имя пространства имён не может быть пустым.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A namespace name cannot contain &apos;/&apos;; create the parents one by one.</source>
        <translation>Имя пространства имён не может содержать «/»; создавайте родительские пространства по одному.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A namespace name cannot contain spaces.</source>
        <translation>Имя пространства имён не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New namespace</source>
        <translation>Новое пространство имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner=team-a
cost-centre=42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Parent:</source>
        <translation>Родитель:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata:</source>
        <translation>Пользовательские метаданные:</translation>
    </message>
</context>
<context>
    <name>CreateSetDialog</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="+32"/>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>сут</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>New rotation set</source>
        <extracomment>Emitted with the SetSpec when the user asks to create the set.</extracomment>
        <translation>Новый набор ротации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. billing-db</source>
        <translation>напр. billing-db</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create this connection (PostgreSQL plugin)</source>
        <translation>Создать это подключение (плагин PostgreSQL)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default: the set name, then _1, _2…</source>
        <translation>по умолчанию: имя набора, затем _1, _2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database mount</source>
        <translation>Точка монтирования БД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members (N)</source>
        <translation>Участников (N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period (P)</source>
        <translation>Период (P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account names</source>
        <translation>Имена учётных записей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL, as this console reaches it</source>
        <translation>PostgreSQL (адрес, по которому его видит консоль)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host</source>
        <translation>Хост</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin user</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The admin login creates the accounts (existing ones are adopted) and is sent to OpenBao only for a new connection; it is never stored here.</source>
        <translation>Учётная запись администратора создаёт учётные записи (существующие берутся под управление) и передаётся в OpenBao только для нового подключения; здесь она не сохраняется.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Create and stagger</source>
        <translation>Создать и разнести</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{0} accounts rotating every {1}, {2} apart. Whoever asks gets at least {3} of validity. Staggering takes about {4}.</source>
        <translation>Учётных записей: {0}, ротация каждые {1}, со сдвигом {2}. Любой запросивший получит пароль, действующий не менее {3}. Разнесение займёт около {4}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>DeleteNamespaceDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+34"/>
        <source>Delete namespace</source>
        <translation>Удаление пространства имён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleting &lt;b&gt;{0}/&lt;/b&gt; removes everything in it for good: its secrets engines and their data, policies, auth methods and tokens.</source>
        <translation>Удаление &lt;b&gt;{0}/&lt;/b&gt; безвозвратно уничтожит всё его содержимое: механизмы секретов и их данные, политики, методы аутентификации и токены.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete {0} namespace(s)</source>
        <translation>Удалить пространства имён ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the namespace path to confirm:</source>
        <translation>Для подтверждения введите путь пространства имён:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Child namespaces: {0}</source>
        <translation>Дочерние пространства имён: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  … and {0} more</source>
        <translation>  … и ещё {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets engines: {0}</source>
        <translation>Механизмы секретов: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policies: {0}</source>
        <translation>Политики: {0}</translation>
    </message>
</context>
<context>
    <name>DeleteSetDialog</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="+18"/>
        <source>Delete rotation set {0}</source>
        <translation>Удаление набора ротации {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This deletes the static roles {0} and the set&apos;s record. Consumers will no longer get passwords from this set. Type the set&apos;s name to confirm.</source>
        <translation>Будут удалены статические роли {0} и запись набора. Потребители больше не смогут получать пароли из этого набора. Для подтверждения введите имя набора.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also drop the PostgreSQL login roles</source>
        <translation>Удалить также роли входа PostgreSQL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL admin login</source>
        <translation>Учётная запись администратора PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin user</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Пароль администратора</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DrillChart</name>
    <message>
        <location filename="../../adminui/ui/drills/chart.py" line="+79"/>
        <source>Leader timeline — {0}</source>
        <translation>Хронология лидерства — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads</source>
        <translation>чтение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>writes</source>
        <translation>запись</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{0:+.1f} s</source>
        <translation>{0:+.1f} с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:+.0f} s</source>
        <translation>{0:+.0f} с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restore</source>
        <translation>откат сбоя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recovered</source>
        <translation>восстановлен</translation>
    </message>
</context>
<context>
    <name>DrillHistoryModel</name>
    <message>
        <location filename="../../adminui/ui/drills/history_model.py" line="+19"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the leader (lab)</source>
        <translation>Остановка лидера (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill a follower (lab)</source>
        <translation>Остановка ведомого (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill two nodes: quorum loss, then restore (lab)</source>
        <translation>Остановка двух узлов: потеря кворума, затем восстановление (лаборатория)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>aborted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PASS</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1} · {2} · recovery {3}</source>
        <translation>{0} · {1} · {2} · восстановление {3}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Drill {0} on {1}</source>
        <translation>Учения {0} на {1}</translation>
    </message>
</context>
<context>
    <name>DrillSetupDialog</name>
    <message>
        <location filename="../../adminui/ui/drills/dialogs.py" line="-69"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill the leader (lab)</source>
        <translation>Остановка лидера (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill a follower (lab)</source>
        <translation>Остановка ведомого (лаборатория)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kill two nodes: quorum loss, then restore (lab)</source>
        <translation>Остановка двух узлов: потеря кворума, затем восстановление (лаборатория)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>New failover drill</source>
        <translation>Новые учения по отказу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fault</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Killing nodes is only offered for the local lab; this cluster can be drilled with a step-down.</source>
        <translation>Остановка узлов доступна только в локальной лаборатории; на этом кластере учения можно провести через снятие лидерства.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery objective</source>
        <translation>Целевое время восстановления</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leave empty for the default hypothesis of the fault.</source>
        <translation>Оставьте пустым, чтобы взять гипотезу по умолчанию для этого сбоя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypothesis</source>
        <translation>Гипотеза</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run preflight</source>
        <translation>Предварительная проверка</translation>
    </message>
</context>
<context>
    <name>DrillsPage</name>
    <message>
        <location filename="../../adminui/ui/drills/page.py" line="+49"/>
        <source>step down</source>
        <translation>снятие лидерства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill leader</source>
        <translation>остановка лидера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill follower</source>
        <translation>остановка ведомого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill two</source>
        <translation>остановка двух узлов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>idle</source>
        <translation>ожидание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preflight</source>
        <translation>предварительная проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setup</source>
        <translation>подготовка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steady state</source>
        <translation>устойчивое состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault</source>
        <translation>сбой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trailing</source>
        <translation>наблюдение после восстановления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restoring</source>
        <translation>откат сбоя</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Actions</source>
        <extracomment>A running drill reported progress (DrillProgress); emitted from the asyncio thread. A drill finished and its report was saved (DrillReport). A step-down finished (StepDownResult).</extracomment>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step down the active node…</source>
        <translation>Снять лидерство с активного узла…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New failover drill…</source>
        <translation>Новые учения по отказу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort and restore</source>
        <translation>Прервать и восстановить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No drill running.</source>
        <translation>Учения не идут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill timer</source>
        <translation>Таймер учений</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This profile is read-only: step-down and drills are disabled.</source>
        <translation>Профиль только для чтения: снятие лидерства и учения отключены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KUMA Core has no step-down operation; drills that stop nodes are offered for the local lab only.</source>
        <translation>В KUMA Core нет операции снятия лидерства; учения с остановкой узлов доступны только в локальной лаборатории.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drill events</source>
        <translation>События учений</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Past drills</source>
        <translation>Прошедшие учения</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drill report</source>
        <translation>Отчёт об учениях</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Markdown…</source>
        <translation>Экспорт в Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live events</source>
        <translation>События в реальном времени</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The drill could not be opened: {0}</source>
        <translation>Не удалось открыть учения: {0}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0:+.2f} s</source>
        <translation>{0:+.2f} с</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no leader</source>
        <translation>нет лидера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · leader {1} · {2} of {3} serving</source>
        <translation>{0} · лидер {1} · обслуживают {2} из {3}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking the cluster before the step-down…</source>
        <translation>Проверка кластера перед снятием лидерства…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+88"/>
        <source>The preflight could not run: {0}</source>
        <translation>Не удалось выполнить предварительную проверку: {0}</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Step down the active node</source>
        <translation>Снятие лидерства с активного узла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The active node {0} of {1} will give up leadership; another voter takes over. Clients see a short interruption.</source>
        <translation>Активный узел {0} из {1} откажется от лидерства, его место займёт другой голосующий узел. Клиенты заметят короткий перерыв.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step-down</source>
        <translation>Снятие лидерства</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step-down failed</source>
        <translation>Снять лидерство не удалось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step-down failed: {0}</source>
        <translation>Снять лидерство не удалось: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking the cluster before the drill…</source>
        <translation>Проверка кластера перед учениями…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Run a failover drill</source>
        <translation>Провести учения по отказу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drill on {0}: {1}. Objective: recovery within {2}.</source>
        <translation>Учения на {0}: {1}. Цель: восстановление за {2}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drill</source>
        <translation>Учения</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aborted by the user.</source>
        <translation>Прервано пользователем.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborting: restoring the cluster…</source>
        <translation>Прерывание: восстановление кластера…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Phase: {0} · probes ok {1}, failed {2}</source>
        <translation>Фаза: {0} · проб успешно {1}, с ошибкой {2}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The drill failed: {0}</source>
        <translation>Учения завершились ошибкой: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report could not be saved: {0}</source>
        <translation>Не удалось сохранить отчёт: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · recovery {1}</source>
        <translation>{0} · восстановление {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PASS</source>
        <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL</source>
        <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0}: {1:.1f} s</source>
        <translation>{0}: {1:.1f} с</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} could not be written: {1}</source>
        <translation>Не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved {0}.</source>
        <translation>Сохранено: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Markdown</source>
        <translation>Экспорт в Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export JSON</source>
        <translation>Экспорт в JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <location filename="../../adminui/ui/rotation/dialogs.py" line="-256"/>
        <source>Details…</source>
        <translation>Подробности…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The operation failed.</source>
        <translation>Операция не выполнена.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../adminui/ui/overview/events_model.py" line="+21"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <location filename="../../adminui/ui/overview/history_charts.py" line="+32"/>
        <source>Charts appear once the cluster has been observed.</source>
        <translation>Графики появятся, когда кластер начнёт наблюдаться.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Leader (node number; 0 = no leader)</source>
        <translation>Лидер (номер узла; 0 — нет лидера)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Latency (ms)</source>
        <translation>Задержка (мс)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Index lag behind the leader</source>
        <translation>Отставание индекса от лидера</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="+23"/>
        <source>Saved versions</source>
        <translation>Сохранённые версии</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore into editor</source>
        <translation>Восстановить в редакторе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Difference (editor → selected version)</source>
        <translation>Различия (редактор → выбранная версия)</translation>
    </message>
</context>
<context>
    <name>LoadRankingView</name>
    <message>
        <location filename="../../adminui/ui/namespaces/load_view.py" line="+33"/>
        <source>Add a telemetry stanza to every server&apos;s configuration and restart it:
telemetry {
  prometheus_retention_time = &quot;60s&quot;
  disable_hostname = true
}
then read sys/metrics?format=prometheus with a token allowed to (root, or a policy granting &quot;read&quot; on sys/metrics).</source>
        <translation>Добавьте секцию telemetry в конфигурацию каждого сервера и перезапустите его:
telemetry {
  prometheus_retention_time = &quot;60s&quot;
  disable_hostname = true
}
затем читайте sys/metrics?format=prometheus токеном, которому это разрешено (root или политика с правом &quot;read&quot; на sys/metrics).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{0:.0f} s</source>
        <extracomment>Emitted when the user asks for a measurement: (window in seconds).</extracomment>
        <translation>{0:.0f} с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>Измерить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts requests per namespace from every node&apos;s metrics over the chosen window (at most the server&apos;s Prometheus retention, usually 60 s).</source>
        <translation>Подсчитывает запросы к каждому пространству имён по метрикам всех узлов за выбранное окно (не больше срока хранения Prometheus на сервере, обычно 60 с).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Namespace load ranking</source>
        <translation>Рейтинг нагрузки по пространствам имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window:</source>
        <translation>Окно:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This server&apos;s metrics carry no request counts per namespace. {0}</source>
        <translation>Метрики этого сервера не содержат числа запросов по пространствам имён. {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} namespace(s) had requests in {1:.0f} s, counted on {2} node(s).</source>
        <translation>Пространств имён с запросами за {1:.0f} с: {0}; учтено узлов: {2}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each node counts the requests it handled; the root row also holds requests to mounts whose path looks like no known namespace.</source>
        <translation>Каждый узел считает обработанные им запросы; в строку корня попадают и запросы к точкам монтирования, путь которых не похож ни на одно известное пространство имён.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not counted: {0}</source>
        <translation>Не учтено: {0}</translation>
    </message>
</context>
<context>
    <name>LoadTableModel</name>
    <message>
        <location line="-104"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/s</source>
        <translation>Запросов/с</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(root)</source>
        <translation>(корень)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../adminui/ui/main_window.py" line="+37"/>
        <source>AdminUI — cluster console</source>
        <translation>AdminUI — консоль кластеров</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clusters</source>
        <translation>Кластеры</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No clusters yet.
Start the local lab with `adminui --lab`, or add a cluster profile.</source>
        <translation>Кластеров пока нет.
Запустите локальную лабораторию командой `adminui --lab` или добавьте профиль кластера.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command &amp;palette…</source>
        <translation>&amp;Палитра команд…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;Как в системе</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Language: {0} (applies after a restart)</source>
        <translation>Язык: {0} (вступит в силу после перезапуска)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme: follow the system</source>
        <translation>Тема: как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme: light</source>
        <translation>Тема: светлая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme: dark</source>
        <translation>Тема: тёмная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cluster: {0}</source>
        <translation>Кластер: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} › node {1}</source>
        <translation>{0} › узел {1}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Last refresh {0} · not serving: {1}</source>
        <translation>Обновлено в {0} · не обслуживают: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last refresh {0} · all nodes answering</source>
        <translation>Обновлено в {0} · все узлы отвечают</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../adminui/ui/rotation/models.py" line="+113"/>
        <source>hand out</source>
        <translation>выдавать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>действует</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rotating</source>
        <translation>ротируется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not rotated</source>
        <translation>не ротирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last rotation</source>
        <translation>Последняя ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next rotation</source>
        <translation>Следующая ротация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Logged in with the current password.</source>
        <translation>Вход с текущим паролем выполнен.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>logs in</source>
        <translation>входит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../adminui/ui/policies/error_banner.py" line="+39"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MonitorService</name>
    <message>
        <location filename="../../adminui/ui/monitor_service.py" line="+96"/>
        <source>Could not observe {0}: {1}</source>
        <extracomment>While a cluster has no live leader (a failover under way) it is looked at this often, so the new leader shows up soon after it is elected. A cluster was observed: (profile name, Tick). Observing a cluster failed as a whole: (profile name, one-sentence message).</extracomment>
        <translation>Не удалось опросить {0}: {1}</translation>
    </message>
</context>
<context>
    <name>NamespaceTreeModel</name>
    <message>
        <location filename="../../adminui/ui/namespaces/tree_model.py" line="+60"/>
        <source>Namespace</source>
        <extracomment>The namespace&apos;s absolute path (str). Emitted when a lazily listed namespace needs its children: (absolute path).</extracomment>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Дочерних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below</source>
        <translation>Всего вложенных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom metadata</source>
        <translation>Пользовательские метаданные</translation>
    </message>
    <message>
        <location line="+335"/>
        <source>locked</source>
        <translation>заблокировано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UUID: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API access is locked</source>
        <translation>Доступ к API заблокирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Being deleted</source>
        <translation>Удаляется</translation>
    </message>
</context>
<context>
    <name>NamespacesPage</name>
    <message>
        <location filename="../../adminui/ui/namespaces/page.py" line="+78"/>
        <source>Filter namespaces (name or key=value)…</source>
        <extracomment>With a filter showing at most this many namespaces, the tree is expanded fully. Emitted to open a namespace in another page: (page name, namespace path). Page names: &quot;policies&quot;, &quot;rotation&quot;. Emitted after a refresh was applied: (number of namespaces known).</extracomment>
        <translation>Фильтр пространств имён (имя или ключ=значение)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant blueprint…</source>
        <translation>Шаблон арендатора…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Policies</source>
        <translation>Открыть в «Политиках»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Rotation</source>
        <translation>Открыть в «Ротации»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in Quotas</source>
        <translation>Открыть в квотах</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Namespaces</source>
        <translation>Пространства имён</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tree</source>
        <translation>Дерево</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load ranking</source>
        <translation>Рейтинг нагрузки</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{0} of {1} namespaces</source>
        <translation>{0} из {1} пространств имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} namespaces</source>
        <translation>Пространств имён: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (listed level by level)</source>
        <translation> (загружено по уровням)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading namespaces…</source>
        <translation>Загрузка пространств имён…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading namespaces failed</source>
        <translation>Не удалось загрузить пространства имён</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Listing {0} failed</source>
        <translation>Не удалось получить список {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Creating {0}…</source>
        <translation>Создание {0}…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading {0} failed</source>
        <translation>Не удалось прочитать {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading what {0} contains…</source>
        <translation>Чтение содержимого {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleting {0} failed</source>
        <translation>Не удалось удалить {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleting {0}…</source>
        <translation>Удаление {0}…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Locking {0} failed</source>
        <translation>Не удалось заблокировать {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Locking {0}…</source>
        <translation>Блокировка {0}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unlocking {0} failed</source>
        <translation>Не удалось разблокировать {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlocking {0}…</source>
        <translation>Разблокировка {0}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating tenant {0}…</source>
        <translation>Создание арендатора {0}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Measuring load failed</source>
        <translation>Не удалось измерить нагрузку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting requests for {0:.0f} s…</source>
        <translation>Подсчёт запросов за {0:.0f} с…</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <location filename="../../adminui/ui/node_model.py" line="+16"/>
        <source>leader</source>
        <translation>лидер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follower</source>
        <translation>ведомый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candidate</source>
        <translation>кандидат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sealed</source>
        <translation>запечатан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreachable</source>
        <translation>недоступен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Node</source>
        <translation>Узел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Терм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit index</source>
        <translation>Индекс фиксации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied index</source>
        <translation>Применённый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voter</source>
        <translation>Голосующий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Задержка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock offset</source>
        <translation>Смещение часов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balancer sees</source>
        <translation>Для балансировщика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>yes</source>
        <extracomment>Clock offsets beyond this are flagged (Raft clusters need NTP).</extracomment>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This node&apos;s clock differs from ours by {0:.1f} s. Raft clusters need synchronised clocks: check NTP on the node.</source>
        <translation>Часы этого узла расходятся с нашими на {0:.1f} с. Кластерам Raft нужны синхронизированные часы: проверьте NTP на узле.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured from the server&apos;s own time; resolution about 1 s.</source>
        <translation>Измерено по собственному времени сервера; точность около 1 с.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Names as leader: {0}</source>
        <translation>Называет лидером: {0}</translation>
    </message>
</context>
<context>
    <name>PathTester</name>
    <message>
        <location filename="../../adminui/ui/policies/path_tester.py" line="+37"/>
        <source>Ask the server which capabilities a token has on a path in this namespace. To see what a policy grants, use a token that carries it.</source>
        <extracomment>The server answered: the path and its capabilities.</extracomment>
        <translation>Спросите у сервера, какие права (capabilities) есть у токена на путь в этом пространстве имён. Чтобы узнать, что разрешает политика, используйте токен с этой политикой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. secret/data/app/config</source>
        <translation>напр. secret/data/app/config</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>blank: this console&apos;s own token</source>
        <translation>пусто: собственный токен консоли</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter a path first.</source>
        <translation>Сначала укажите путь.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The check failed.</source>
        <translation>Проверка не удалась.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>On {path}: nothing is allowed (deny).</source>
        <translation>На {path}: ничего не разрешено (deny).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {path}: everything (root).</source>
        <translation>На {path}: всё (root).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {path}: {caps}.</source>
        <translation>На {path}: {caps}.</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../adminui/ui/policies/page.py" line="+77"/>
        <source>Read-only profile: changes are disabled.</source>
        <extracomment>Policies the server will not let anyone delete. The list of policies was (re)loaded: how many there are. A policy was deleted: its name.</extracomment>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has an unsaved local draft</source>
        <translation>есть несохранённый локальный черновик</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search policies</source>
        <translation>Поиск политик</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Policies</source>
        <translation>Политики</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a policy in this namespace</source>
        <translation>Создать политику в этом пространстве имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected policy</source>
        <translation>Удалить выбранную политику</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Editor</source>
        <translation>Редактор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What can this token do?</source>
        <translation>Что может этот токен?</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the root policy cannot be changed</source>
        <translation>политику root изменить нельзя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACL policies — {ns}</source>
        <translation>ACL-политики — {ns}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Policies not listed.</source>
        <translation>Список политик не получен.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New policy</source>
        <translation>Новая политика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy name:</source>
        <translation>Имя политики:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete policy</source>
        <translation>Удаление политики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete policy {name} from {ns}? Tokens that carry it lose what it grants.</source>
        <translation>Удалить политику {name} из {ns}? Токены с этой политикой потеряют выдаваемые ею права.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Policy {name} not deleted.</source>
        <translation>Политика {name} не удалена.</translation>
    </message>
</context>
<context>
    <name>PolicyEditor</name>
    <message>
        <location filename="../../adminui/ui/policies/editor.py" line="+36"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>предупреждение</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No policy open</source>
        <extracomment>(name, server text, editor text) -&gt; save? (name, base, editor text, server text) -&gt; merged text to put in the editor, or None. A policy was loaded into the editor: its name. The server accepted a save: the policy&apos;s name. A save was refused because the server&apos;s text changed: the unified diff. A save or load failed: the error.</extracomment>
        <translation>Политика не открыта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy text</source>
        <translation>Текст политики</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lint findings</source>
        <translation>Замечания проверки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Show the changes against the server, then save</source>
        <translation>Показать изменения относительно сервера и сохранить</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions saved from this console</source>
        <translation>Версии, сохранённые из этой консоли</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert to server</source>
        <translation>Вернуть версию с сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the local draft and reload the server text</source>
        <translation>Удалить локальный черновик и заново загрузить текст с сервера</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>read-only profile</source>
        <translation>профиль только для чтения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled:</source>
        <translation>Недоступно:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving…</source>
        <translation>сохранение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>modified — draft kept locally</source>
        <translation>изменено — черновик сохранён локально</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same as the server</source>
        <translation>совпадает с сервером</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loading…</source>
        <translation>загрузка…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy could not be loaded.</source>
        <translation>Не удалось загрузить политику.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Restored your unsaved draft from {when}.</source>
        <translation>Восстановлен ваш несохранённый черновик от {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s policy changed since; saving will show both versions.</source>
        <translation>С тех пор политика на сервере изменилась; при сохранении будут показаны обе версии.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The local draft could not be written.</source>
        <translation>Не удалось записать локальный черновик.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not saved: the policy changed on the server since you opened it. Your text is kept as a draft.</source>
        <translation>Не сохранено: политика изменилась на сервере после того, как вы её открыли. Ваш текст сохранён как черновик.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing to save: the server has this text.</source>
        <translation>Сохранять нечего: на сервере тот же текст.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved; your text is kept as a draft.</source>
        <translation>Не сохранено; ваш текст сохранён как черновик.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../adminui/ui/namespaces/jobs.py" line="+44"/>
        <source>Cancel</source>
        <extracomment>Operations shorter than this show no progress at all. Emitted when the user cancelled the running operation.</extracomment>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QuorumPanel</name>
    <message>
        <location filename="../../adminui/ui/overview/quorum_panel.py" line="+31"/>
        <source>Voters</source>
        <translation>Голосующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum</source>
        <translation>Кворум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy voters</source>
        <translation>Исправные голосующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure tolerance now</source>
        <translation>Допустимо отказов сейчас</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Even number of voters: one more voter adds no failure tolerance, and a split into halves leaves neither side a majority. Use an odd number.</source>
        <translation>Чётное число голосующих: ещё один голосующий не добавляет отказоустойчивости, а при разделении пополам ни одна половина не получит большинства. Используйте нечётное число.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failure tolerance is 0: losing one more voter stops the cluster from electing a leader and accepting writes.</source>
        <translation>Допустимо отказов: 0. Потеря ещё одного голосующего лишит кластер возможности выбрать лидера и принимать запись.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum lost: not enough healthy nodes to elect a leader or accept writes. Bring voters back until a majority of them is healthy.</source>
        <translation>Кворум потерян: недостаточно исправных узлов, чтобы выбрать лидера или принимать запись. Возвращайте голосующие узлы, пока большинство из них не станет исправным.</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../adminui/ui/quotas/dialog.py" line="+29"/>
        <source>Give the quota a name.</source>
        <translation>Укажите имя квоты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only.</source>
        <translation>Имя может содержать только буквы, цифры, &apos;-&apos;, &apos;_&apos; и &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate must be greater than 0.</source>
        <translation>Частота должна быть больше 0.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interval must be at least 1 second.</source>
        <translation>Интервал должен быть не меньше 1 секунды.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The block interval cannot be negative.</source>
        <translation>Интервал блокировки не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path must not start with &apos;/&apos;.</source>
        <translation>Путь не должен начинаться с &apos;/&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path must not contain spaces or empty segments.</source>
        <translation>Путь не должен содержать пробелов и пустых сегментов.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit quota</source>
        <translation>Изменение квоты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New quota</source>
        <translation>Новая квота</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>root (every namespace)</source>
        <translation>корень (все пространства имён)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. secret</source>
        <translation>необязательно, напр. secret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount</source>
        <translation>Точка монтирования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (requests)</source>
        <translation>Частота (запросов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per interval</source>
        <translation>За интервал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block for</source>
        <translation>Блокировать на</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Durations look like 1s, 500ms, 2m or 1h.</source>
        <translation>Длительность записывается как 1s, 500ms, 2m или 1h.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each node counts on its own: with clients spread over {n} nodes, up to {total:g} requests per {interval} get through.</source>
        <translation>Каждый узел считает сам по себе: если клиенты распределены по {n} узлам, за {interval} пройдёт до {total:g} запросов.</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../../adminui/ui/quotas/page.py" line="+29"/>
        <source>all namespaces</source>
        <translation>все пространства имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate-limit quotas — {ns}</source>
        <translation>Квоты ограничения частоты — {ns}</translation>
    </message>
</context>
<context>
    <name>QuotasWidget</name>
    <message>
        <location filename="../../adminui/ui/quotas/widget.py" line="+76"/>
        <source>Read-only profile: changes are disabled.</source>
        <extracomment>The quotas were (re)loaded: how many are shown. A quota was created or changed: its name. A quota was deleted: its name.</extracomment>
        <translation>Профиль только для чтения: изменения отключены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(all namespaces)</source>
        <translation>(все пространства имён)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Частота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster-wide up to</source>
        <translation>Всего по кластеру до</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each of the {n} nodes counts on its own</source>
        <translation>каждый из {n} узлов считает сам по себе</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rate-limit quotas</source>
        <translation>Квоты ограничения частоты</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a rate-limit quota</source>
        <translation>Создать квоту ограничения частоты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the selected quota</source>
        <translation>Изменить выбранную квоту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected quota</source>
        <translation>Удалить выбранную квоту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Each of the {n} nodes counts requests on its own: a 5 requests/s quota lets about {total} requests/s through the cluster when clients spread over nodes. Clients over the limit get HTTP 429.</source>
        <translation>Каждый из {n} узлов считает запросы сам по себе: квота 5 запросов/с пропускает через кластер около {total} запросов/с, если клиенты распределены по узлам. Клиенты сверх лимита получают HTTP 429.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Quotas not listed.</source>
        <translation>Список квот не получен.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Quota {name} not saved.</source>
        <translation>Квота {name} не сохранена.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete quota</source>
        <translation>Удаление квоты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete rate-limit quota {name}? Its limit stops at once.</source>
        <translation>Удалить квоту ограничения частоты {name}? Её ограничение сразу перестанет действовать.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Quota {name} not deleted.</source>
        <translation>Квота {name} не удалена.</translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message>
        <location filename="../../adminui/ui/rotation/page.py" line="+99"/>
        <source>root namespace</source>
        <extracomment>Progress of a long action, from the loop thread: (message, fraction 0..1).</extracomment>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Namespace</source>
        <translation>Пространство имён</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New set…</source>
        <translation>Новый набор…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rotation sets</source>
        <translation>Наборы ротации</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+237"/>
        <source>Choose a rotation set</source>
        <translation>Выберите набор ротации</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rotate now…</source>
        <translation>Ротировать сейчас…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-stagger…</source>
        <translation>Разнести заново…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify logins</source>
        <translation>Проверить вход</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete set…</source>
        <translation>Удалить набор…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hidden</source>
        <translation>скрыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the selected member</source>
        <translation>Пароль выбранного участника</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+454"/>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location line="-451"/>
        <source>Copy password</source>
        <translation>Копировать пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This connection is read-only.</source>
        <translation>Это подключение только для чтения.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Loading rotation sets…</source>
        <translation>Загрузка наборов ротации…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the root namespace</source>
        <translation>корневое пространство имён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rotation sets in {0} yet.</source>
        <translation>В {0} пока нет наборов ротации.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that are not rotation sets: {0}</source>
        <translation>Записи, не являющиеся наборами ротации: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0}: {1} members, period {2}, staggered {3} apart</source>
        <translation>{0}: участников {1}, период {2}, сдвиг {3}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the members…</source>
        <translation>Чтение участников…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Static roles missing: {0}.</source>
        <translation>Отсутствуют статические роли: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not rotated although due: {0} — check the database connection.</source>
        <translation>Срок ротации наступил, но ротации не было: {0} — проверьте подключение к базе данных.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} and {1} rotate {2} apart instead of {3} ({4} too close): re-stagger.</source>
        <translation>{0} и {1} ротируются с интервалом {2} вместо {3} (ближе на {4}): разнесите заново.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stagger is correct.</source>
        <translation>Сдвиг правильный.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Created set {0}.</source>
        <translation>Создан набор {0}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rotate {0} now? Anyone holding its current password loses access at once.

Guaranteed remaining lifetime: {1} now, {2} after the rotation.</source>
        <translation>Ротировать {0} сейчас? Все, у кого есть его текущий пароль, сразу потеряют доступ.

Гарантированный остаток срока действия: сейчас {1}, после ротации {2}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The stagger will be broken; re-stagger afterwards.</source>
        <translation>Сдвиг будет нарушен; после этого разнесите участников заново.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate member</source>
        <translation>Ротация участника</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotating {0}…</source>
        <translation>Ротация {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotated {0}.</source>
        <translation>{0}: ротация выполнена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>Re-stagger</source>
        <translation>Разнести заново</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The members are already staggered.</source>
        <translation>Участники уже разнесены.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• rotate {0} at {1}</source>
        <translation>• ротировать {0} в {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-staggering rotates these members at their slots, over {0}; keep the console open until it ends (it can be run again if interrupted):

{1}</source>
        <translation>Повторное разнесение ротирует этих участников в их слоты в течение {0}; не закрывайте консоль до окончания (если процесс прервётся, его можно запустить снова):

{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-staggering…</source>
        <translation>Повторное разнесение…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-staggered.</source>
        <translation>Участники разнесены заново.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logging in to PostgreSQL as each member…</source>
        <translation>Вход в PostgreSQL от имени каждого участника…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every member logs in.</source>
        <translation>Все участники входят успешно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login refused for: {0}.</source>
        <translation>Вход отклонён для: {0}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting {0}…</source>
        <translation>Удаление {0}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted set {0}.</source>
        <translation>Набор {0} удалён.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password copied; the clipboard is cleared in {0} s.</source>
        <translation>Пароль скопирован; буфер обмена очистится через {0} с.</translation>
    </message>
</context>
<context>
    <name>RotationTimeline</name>
    <message>
        <location filename="../../adminui/ui/rotation/timeline.py" line="+46"/>
        <source>The timeline needs pyqtgraph, which is not installed.</source>
        <translation>Для временной шкалы нужен pyqtgraph, он не установлен.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rotation timeline</source>
        <translation>Временная шкала ротации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Green: the member to hand out · blue: current password · light blue: next passwords · grey: earlier (assumed) · orange: due, waiting for the server · shaded band: guaranteed remaining lifetime</source>
        <translation>Зелёный: участник для выдачи · синий: текущий пароль · голубой: следующие пароли · серый: прежние (предполагаемые) · оранжевый: срок наступил, ждём сервер · заливка: гарантированный остаток срока действия</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No member can be handed out now: every member is due.</source>
        <translation>Сейчас выдать некого: у всех участников наступил срок ротации.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand out {0} (valid for {1}). Guaranteed remaining lifetime: {2} (ideal {3}, with {4} of server lag).</source>
        <translation>Выдавать {0} (действует ещё {1}). Гарантированный остаток срока действия: {2} (в идеале {3}, с учётом задержки сервера {4}).</translation>
    </message>
</context>
<context>
    <name>SaveDiffDialog</name>
    <message>
        <location filename="../../adminui/ui/policies/dialogs.py" line="-117"/>
        <source>Save policy {name}</source>
        <translation>Сохранение политики {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes against the server&apos;s current text:</source>
        <translation>Изменения относительно текущего текста на сервере:</translation>
    </message>
</context>
<context>
    <name>ServiceStatus</name>
    <message>
        <location filename="../../adminui/ui/services/model.py" line="+48"/>
        <source>Running and reachable from the Core.</source>
        <extracomment>Sort key role: numbers for uptime, a rank for status, text elsewhere. True when the row changed since the last &quot;mark as seen&quot;.</extracomment>
        <translation>Работает и доступен для Core.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped, or the Core cannot reach it.</source>
        <translation>Остановлен или недоступен для Core.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, but with errors in its log or metric alerts.</source>
        <translation>Работает, но в его журнале есть ошибки или сработали оповещения по метрикам.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running, but its configuration changed: reload or restart it.</source>
        <translation>Работает, но его конфигурация изменилась: перезагрузите или перезапустите сервис.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belongs to a deleted tenant.</source>
        <translation>Принадлежит удалённому арендатору.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A status KUMA does not document.</source>
        <translation>Статус, не описанный в документации KUMA.</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <location line="+1"/>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>серый</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Status</source>
        <extracomment>The number of highlighted (changed) rows changed: (count).</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant</source>
        <translation>Арендатор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Время работы</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+16"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Changed since you last marked the table as seen.</source>
        <translation>Изменилось с тех пор, как вы отметили таблицу просмотренной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select and press Ctrl+C to copy the ID.</source>
        <translation>Выделите и нажмите Ctrl+C, чтобы скопировать ID.</translation>
    </message>
</context>
<context>
    <name>ServicesErrors</name>
    <message>
        <location filename="../../adminui/ui/services/errors.py" line="+29"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused (HTTP 409): {0}.</source>
        <translation>Сервер отказал (HTTP 409): {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was not accepted, or it may not do this: {0}.</source>
        <translation>Токен не принят или не имеет прав на это действие: {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Core cluster lost its quorum: not enough healthy nodes to accept changes.</source>
        <translation>Кластер Core потерял кворум: недостаточно исправных узлов, чтобы принимать изменения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Core cluster has no leader right now; try again in a moment.</source>
        <translation>Сейчас у кластера Core нет лидера; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Core node answered: check that the cluster is running.</source>
        <translation>Ни один узел Core не ответил: проверьте, что кластер запущен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not found on the server: {0}.</source>
        <translation>Не найдено на сервере: {0}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server rejected the request: {0}.</source>
        <translation>Сервер отклонил запрос: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer was not understood: {0}.</source>
        <translation>Не удалось разобрать ответ сервера: {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request failed: {0}.</source>
        <translation>Запрос не выполнен: {0}.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../adminui/ui/services/page.py" line="+68"/>
        <source>green</source>
        <translation>зелёный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow</source>
        <translation>жёлтый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purple</source>
        <translation>фиолетовый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red</source>
        <translation>красный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>серый</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Active services</source>
        <extracomment>The user pressed the Copy key sequence on the table. A look at the services finished: (number of services). ``context.profile`` gained a node (see the module docstring): (Profile).</extracomment>
        <translation>Активные сервисы</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add Core service…</source>
        <translation>Добавить сервис Core…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile is read-only.</source>
        <translation>Профиль только для чтения.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy ID</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected services&apos; IDs, one per line (Ctrl+C).</source>
        <translation>Скопировать ID выбранных сервисов, по одному на строку (Ctrl+C).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-refresh</source>
        <translation>Автообновление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh every {0} s.</source>
        <translation>Обновлять каждые {0} с.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as seen</source>
        <translation>Отметить просмотренным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop highlighting the rows that changed.</source>
        <translation>Больше не выделять изменившиеся строки.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter by kind</source>
        <translation>Фильтр по типу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search name, FQDN, address, ID…</source>
        <translation>Поиск по имени, FQDN, адресу, ID…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Could not list the services. {0}</source>
        <translation>Не удалось получить список сервисов. {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed at {0}</source>
        <translation>Последняя попытка не удалась в {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} services · answered by {1} · leader {2} · {3}</source>
        <translation>Сервисов: {0} · ответил {1} · лидер {2} · {3}</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0} service(s) changed status since you last looked</source>
        <translation>Сервисов со сменившимся статусом с последнего просмотра: {0}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Copied {0} ID(s) to the clipboard.</source>
        <translation>Скопировано ID в буфер обмена: {0}.</translation>
    </message>
</context>
<context>
    <name>SetListModel</name>
    <message>
        <location filename="../../adminui/ui/rotation/models.py" line="-165"/>
        <source>Set</source>
        <translation>Набор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database mount {0}, connection {1}</source>
        <translation>Точка монтирования БД {0}, подключение {1}</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../adminui/ui/namespaces/dialogs.py" line="+51"/>
        <source>Unlock namespace</source>
        <translation>Разблокировка пространства имён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unlock key (may be empty with a root token)</source>
        <translation>ключ разблокировки (с токеном root может быть пустым)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock API access to &lt;b&gt;{0}/&lt;/b&gt;</source>
        <translation>Разблокировать доступ к API для &lt;b&gt;{0}/&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>UnlockKeyDialog</name>
    <message>
        <location line="-52"/>
        <source>Namespace locked</source>
        <translation>Пространство имён заблокировано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API access to &lt;b&gt;{0}/&lt;/b&gt; is locked. This is the only time the unlock key is shown: store it safely now.</source>
        <translation>Доступ к API для &lt;b&gt;{0}/&lt;/b&gt; заблокирован. Ключ разблокировки показывается только сейчас: сохраните его в надёжном месте.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied (cleared in {0} s)</source>
        <translation>Скопировано (буфер очистится через {0} с)</translation>
    </message>
</context>
</TS>
